namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>One broken rule: the field as the API names it, and a sentence a person can act on.</summary>
public sealed record ValidationError(string Field, string Message)
{
    public override string ToString() => Message;
}

/// <summary>Thrown by the client before any call when a request breaks a model rule.</summary>
public sealed class RequestValidationException : ArgumentException
{
    public RequestValidationException(IReadOnlyList<ValidationError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}
