using EventStreamConsole.Emulator.Wire;
using EventStreamConsole.CustomerProfiles.Validation;
using EventStreamConsole.Emulator.Protocol;
using EventStreamConsole.Emulator.State;
using Microsoft.Extensions.Options;
using static EventStreamConsole.CustomerProfiles.Validation.CustomerProfilesRules;

namespace EventStreamConsole.Emulator.Operations;

/// <summary>The Customer Profiles operations with every model rule and quota the spec lists.</summary>
public sealed class CustomerProfilesOperations(EmulatorStore store, IOptionsMonitor<EmulatorOptions> options, TimeProvider time)
{
    public CreateEventStreamResponse CreateEventStream(Scope scope, string domain, string name, string? uri, Dictionary<string, string>? tags)
    {
        Check(
            ("DomainName", DomainName(domain)),
            ("EventStreamName", EventStreamName(name)),
            ("Uri", DestinationUri(uri)),
            ("Uri", DestinationLocation(uri, scope.Region, scope.AccountId)));
        CheckTags(tags, "Tags", required: false);
        var arn = KinesisStreamArn.TryParse(uri, out var parsed) ? parsed : null;

        return store.Write(scope, world =>
        {
            _ = world.Domain(domain) ?? throw DomainNotFound(domain);
            if (world.EventStream(domain, name) is not null)
            {
                throw EmulatorException.BadRequest($"An event stream named '{name}' already exists in domain '{domain}'.");
            }

            var limit = options.CurrentValue.Quotas.EventStreamsPerDomain;
            var existing = world.EventStreams(domain);
            if (existing.Count >= limit)
            {
                throw EmulatorException.BadRequest(
                    $"Domain '{domain}' already has {existing.Count} event stream(s) ({string.Join(", ", existing.Select(s => s.Name))}); " +
                    $"the quota 'Event streams per domain' is {limit} and cannot be raised. Delete the existing stream first.");
            }

            if (world.KinesisStream(arn!.StreamName) is null)
            {
                throw EmulatorException.BadRequest($"Uri: Kinesis stream '{arn.StreamName}' does not exist in account {scope.AccountId}, region {scope.Region}.");
            }

            var record = new EventStreamRecord(scope, domain, name, uri!, Now(), EventStreamState.Running, null,
                EventStreamDestinationStatus.Healthy, null, null, tags ?? new Dictionary<string, string>());
            var response = new CreateEventStreamResponse { EventStreamArn = record.Arn, Tags = NullIfEmpty(record.Tags) };
            return (response, (IReadOnlyList<StateChange>)[new StateChange.EventStream(record)]);
        });
    }

    public GetEventStreamResponse GetEventStream(Scope scope, string domain, string name)
    {
        Check(("DomainName", DomainName(domain)), ("EventStreamName", EventStreamName(name)));
        var record = store.Read(scope, world =>
        {
            _ = world.Domain(domain) ?? throw DomainNotFound(domain);
            return world.EventStream(domain, name) ?? throw StreamNotFound(domain, name);
        });
        return new GetEventStreamResponse
        {
            DomainName = record.DomainName,
            EventStreamArn = record.Arn,
            CreatedAt = record.CreatedAt,
            State = record.State,
            StoppedSince = record.StoppedSince,
            DestinationDetails = new EventStreamDestinationDetails
            {
                Uri = record.Uri,
                Status = record.Status,
                UnhealthySince = record.UnhealthySince,
                Message = string.IsNullOrEmpty(record.Message) ? null : record.Message,
            },
            Tags = NullIfEmpty(record.Tags),
        };
    }

    public ListEventStreamsResponse ListEventStreams(Scope scope, string domain, int? maxResults, string? nextToken)
    {
        Check(("DomainName", DomainName(domain)), ("MaxResults", MaxResults(maxResults)), ("NextToken", NextToken(nextToken)));
        var after = PageToken.Decode(nextToken, EmulatorException.BadRequest);
        var (page, next) = store.Read(scope, world =>
        {
            _ = world.Domain(domain) ?? throw DomainNotFound(domain);
            return PageToken.Take(world.EventStreams(domain), s => s.Name, after, maxResults ?? options.CurrentValue.DefaultPageSize);
        });
        return new ListEventStreamsResponse
        {
            Items = [.. page.Select(ToSummary)],
            NextToken = next,
        };
    }

    public DeleteEventStreamResponse DeleteEventStream(Scope scope, string domain, string name)
    {
        Check(("DomainName", DomainName(domain)), ("EventStreamName", EventStreamName(name)));
        return store.Write(scope, world =>
        {
            _ = world.Domain(domain) ?? throw DomainNotFound(domain);
            var record = world.EventStream(domain, name) ?? throw StreamNotFound(domain, name);
            return (new DeleteEventStreamResponse(), (IReadOnlyList<StateChange>)[new StateChange.EventStream(record, Removed: true)]);
        });
    }

    public TagResourceResponse TagResource(Scope scope, string arn, Dictionary<string, string>? tags)
    {
        Check(("resourceArn", ResourceArn(arn)));
        CheckTags(tags, "tags", required: true);
        return store.Write(scope, world =>
        {
            var change = ResolveTagTarget(scope, world, arn, current =>
            {
                var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
                foreach (var (key, value) in tags!)
                {
                    merged[key] = value;
                }

                return merged.Count <= MaxTagsPerResource
                    ? merged
                    : throw EmulatorException.BadRequest($"tags: the resource would have {merged.Count} tags; at most {MaxTagsPerResource} are allowed.");
            });
            return (new TagResourceResponse(), (IReadOnlyList<StateChange>)[change]);
        });
    }

    public UntagResourceResponse UntagResource(Scope scope, string arn, IReadOnlyList<string> tagKeys)
    {
        Check(("resourceArn", ResourceArn(arn)));
        var keyErrors = TagKeys(tagKeys);
        if (keyErrors.Count > 0)
        {
            throw EmulatorException.BadRequest(string.Join(" ", keyErrors.Select(e => e.Message)));
        }

        return store.Write(scope, world =>
        {
            var change = ResolveTagTarget(scope, world, arn, current =>
                current.Where(t => !tagKeys.Contains(t.Key, StringComparer.Ordinal)).ToDictionary(StringComparer.Ordinal));
            return (new UntagResourceResponse(), (IReadOnlyList<StateChange>)[change]);
        });
    }

    public ListTagsForResourceResponse ListTagsForResource(Scope scope, string arn)
    {
        Check(("resourceArn", ResourceArn(arn)));
        var tags = store.Read(scope, world => TagsOf(scope, world, arn));
        return new ListTagsForResourceResponse { Tags = new Dictionary<string, string>(tags, StringComparer.Ordinal) };
    }

    public ListDomainsResponse ListDomains(Scope scope, int? maxResults, string? nextToken)
    {
        Check(("MaxResults", MaxResults(maxResults)), ("NextToken", NextToken(nextToken)));
        var after = PageToken.Decode(nextToken, EmulatorException.BadRequest);
        var (page, next) = store.Read(scope, world =>
            PageToken.Take(world.Domains, d => d.Name, after, maxResults ?? options.CurrentValue.DefaultPageSize));
        return new ListDomainsResponse
        {
            Items = [.. page.Select(d => new ListDomainItem { DomainName = d.Name, CreatedAt = d.CreatedAt, LastUpdatedAt = d.LastUpdatedAt, Tags = NullIfEmpty(d.Tags) })],
            NextToken = next,
        };
    }

    public GetDomainResponse GetDomain(Scope scope, string domain)
    {
        Check(("DomainName", DomainName(domain)));
        var (record, streams) = store.Read(scope, world => (world.Domain(domain) ?? throw DomainNotFound(domain), world.EventStreams(domain).Count));
        return new GetDomainResponse
        {
            DomainName = record.Name,
            DefaultExpirationDays = record.DefaultExpirationDays,
            DefaultEncryptionKey = record.DefaultEncryptionKey,
            DeadLetterQueueUrl = record.DeadLetterQueueUrl,
            Stats = new DomainStats { ProfileCount = 0, MeteringProfileCount = 0, ObjectCount = 0, TotalSize = 0 },
            CreatedAt = record.CreatedAt,
            LastUpdatedAt = record.LastUpdatedAt,
            Tags = NullIfEmpty(record.Tags),
        };
    }

    public CreateDomainResponse CreateDomain(Scope scope, string domain, int? expirationDays, string? encryptionKey, string? deadLetterQueueUrl, Dictionary<string, string>? tags)
    {
        Check(
            ("DomainName", DomainName(domain)),
            ("DefaultExpirationDays", expirationDays is null ? "DefaultExpirationDays is required." : ExpirationDays(expirationDays.Value)),
            ("DefaultEncryptionKey", MaxLength("DefaultEncryptionKey", encryptionKey, 255)),
            ("DeadLetterQueueUrl", MaxLength("DeadLetterQueueUrl", deadLetterQueueUrl, 255)));
        CheckTags(tags, "Tags", required: false);
        return store.Write(scope, world =>
        {
            if (world.Domain(domain) is not null)
            {
                throw EmulatorException.BadRequest($"A domain named '{domain}' already exists in account {scope.AccountId}, region {scope.Region}.");
            }

            var limit = DomainQuota(scope, world);
            if (world.Domains.Count >= limit)
            {
                throw EmulatorException.BadRequest(
                    $"Account {scope.AccountId} already has {world.Domains.Count} domains in {scope.Region}; the quota 'Domains per region' is {limit}. Request an increase or delete a domain.");
            }

            var now = Now();
            var record = new DomainRecord(scope, domain, expirationDays!.Value, encryptionKey, deadLetterQueueUrl, now, now, tags ?? new Dictionary<string, string>());
            var response = new CreateDomainResponse
            {
                DomainName = domain,
                DefaultExpirationDays = record.DefaultExpirationDays,
                DefaultEncryptionKey = encryptionKey,
                DeadLetterQueueUrl = deadLetterQueueUrl,
                CreatedAt = now,
                LastUpdatedAt = now,
                Tags = NullIfEmpty(record.Tags),
            };
            return (response, (IReadOnlyList<StateChange>)[new StateChange.Domain(record)]);
        });
    }

    public int DomainQuota(Scope scope, WorldView world)
    {
        var quotas = options.CurrentValue.Quotas;
        return world.DomainQuota
            ?? (quotas.DomainsPerRegionOverrides.TryGetValue(scope.ToString(), out var raised) ? raised : quotas.DomainsPerRegion);
    }

    internal static EventStreamSummary ToSummary(EventStreamRecord s) => new()
    {
        DomainName = s.DomainName,
        EventStreamName = s.Name,
        EventStreamArn = s.Arn,
        State = s.State,
        StoppedSince = s.StoppedSince,
        DestinationSummary = new DestinationSummary { Uri = s.Uri, Status = s.Status, UnhealthySince = s.UnhealthySince },
        Tags = NullIfEmpty(s.Tags),
    };

    private static StateChange ResolveTagTarget(Scope scope, WorldView world, string arn, Func<IReadOnlyDictionary<string, string>, Dictionary<string, string>> update)
    {
        var (domain, stream) = FindTagged(scope, world, arn);
        return stream is not null
            ? new StateChange.EventStream(stream with { Tags = update(stream.Tags) })
            : new StateChange.Domain(domain with { Tags = update(domain.Tags) });
    }

    private static IReadOnlyDictionary<string, string> TagsOf(Scope scope, WorldView world, string arn)
    {
        var (domain, stream) = FindTagged(scope, world, arn);
        return stream?.Tags ?? domain.Tags;
    }

    private static (DomainRecord Domain, EventStreamRecord? Stream) FindTagged(Scope scope, WorldView world, string arn)
    {
        if (!CustomerProfilesArn.TryParse(arn, out var partition, out var region, out var account, out var domainName, out var streamName))
        {
            throw EmulatorException.BadRequest($"resourceArn '{arn}' is not the ARN of a domain or an event stream.");
        }

        if (region != scope.Region || account != scope.AccountId || partition != AwsRegion.PartitionOf(scope.Region))
        {
            throw EmulatorException.NotFound($"Resource {arn} was not found in account {scope.AccountId}, region {scope.Region} (partition {AwsRegion.PartitionOf(scope.Region)}).");
        }

        var domain = world.Domain(domainName) ?? throw EmulatorException.NotFound($"Resource {arn} was not found: domain '{domainName}' does not exist.");
        if (streamName is null)
        {
            return (domain, null);
        }

        return (domain, world.EventStream(domainName, streamName) ?? throw EmulatorException.NotFound($"Resource {arn} was not found: event stream '{streamName}' does not exist."));
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static void Check(params (string Field, string? Error)[] checks)
    {
        var errors = checks.Where(c => c.Error is not null).Select(c => c.Error!).ToList();
        if (errors.Count > 0)
        {
            throw EmulatorException.BadRequest(string.Join(" ", errors));
        }
    }

    private static void CheckTags(Dictionary<string, string>? tags, string field, bool required)
    {
        if (!required && tags is { Count: 0 })
        {
            throw EmulatorException.BadRequest($"{field} must contain at least one tag when present; omit it instead of sending an empty map.");
        }

        var errors = Tags(tags, field, required);
        if (errors.Count > 0)
        {
            throw EmulatorException.BadRequest(string.Join(" ", errors.Select(e => e.Message)));
        }
    }

    private static Dictionary<string, string>? NullIfEmpty(IReadOnlyDictionary<string, string> tags) =>
        tags.Count == 0 ? null : new Dictionary<string, string>(tags, StringComparer.Ordinal);

    private static EmulatorException DomainNotFound(string domain) => EmulatorException.NotFound($"Domain '{domain}' was not found.");

    private static EmulatorException StreamNotFound(string domain, string name) =>
        EmulatorException.NotFound($"Event stream '{name}' was not found in domain '{domain}'.");
}
