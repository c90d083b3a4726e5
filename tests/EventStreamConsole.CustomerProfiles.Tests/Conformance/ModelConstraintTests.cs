namespace EventStreamConsole.CustomerProfiles.Tests.Conformance;

/// <summary>
/// The model's constraints as judge of our shared validation rules: every boundary input of <see cref="ModelCases"/>
/// is accepted by our rules exactly when the model accepts it; and the client refuses, before sending anything,
/// exactly the inputs its rules refuse.
/// </summary>
public sealed class ModelConstraintTests
{
    [Fact]
    public void BoundaryInputs_OurRules_AgreeWithTheModel()
    {
        var cases = ModelCases.All().ToList();
        var observed = new List<Observed>();
        foreach (var c in cases)
        {
            var model = Botocore.Model(c.Service);
            var broken = ModelJudge.Check(model, model.InputShape(c.Operation), c.Input, c.Operation);
            var (oursAccept, ours) = Ours(c);
            if ((broken is null) != oursAccept)
            {
                observed.Add(new(c.Id, $"model {(broken is null ? "accepts" : "refuses (" + broken + ")")}; ours {(oursAccept ? "accepts" : "refuses (" + ours + ")")}"));
            }
        }

        Differences.AssertAllExplained("constraints", cases.Count, observed);
    }

    [Fact]
    public async Task BoundaryInputs_Client_RefusesExactlyWhatItsRulesRefuse()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new LoopbackServer();
        using var client = new ClientUnderTest(server.Url);
        var disagreements = new List<string>();
        var cases = ModelCases.All().ToList();
        foreach (var c in cases)
        {
            var (rulesAccept, rules) = Ours(c);
            if (rules.StartsWith("cannot express", StringComparison.Ordinal))
            {
                continue;
            }

            server.Clear();
            string? refusal = null;
            try
            {
                await client.InvokeAsync(c.Service, c.Operation, c.Input, ct);
            }
            catch (Exception ex) when (ClientUnderTest.IsValidationRefusal(ex))
            {
                refusal = ex.Message;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                refusal = $"{ex.GetType().Name}: {ex.Message}";
                disagreements.Add($"{c.Id}: the client failed with {refusal}");
                continue;
            }

            var sent = server.Requests.Count;
            if (rulesAccept != (refusal is null) || (refusal is null ? sent != 1 : sent != 0))
            {
                disagreements.Add($"{c.Id}: rules {(rulesAccept ? "accept" : "refuse: " + rules)}; client {(refusal is null ? "sent" : "refused: " + refusal)} ({sent} request(s))");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{cases.Count} cases through the client.");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static (bool Accepts, string Messages) Ours(ModelCase c)
    {
        try
        {
            var refusals = ClientRules.Refusals(c.Service, c.Operation, c.Input);
            return (refusals.Count == 0, string.Join(" ", refusals));
        }
        catch (NotSupportedException ex)
        {
            return (false, "cannot express: " + ex.Message);
        }
    }
}
