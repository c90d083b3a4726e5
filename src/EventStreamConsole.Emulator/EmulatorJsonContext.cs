using System.Text.Json.Serialization;
using EventStreamConsole.Emulator.Protocol;

namespace EventStreamConsole.Emulator;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(FaultRule))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, FaultRule>))]
[JsonSerializable(typeof(IReadOnlyList<RequestCount>))]
[JsonSerializable(typeof(Admin.EmulatorSnapshot))]
[JsonSerializable(typeof(Admin.EventStreamStateChange))]
[JsonSerializable(typeof(Admin.ThrottlingSetting))]
[JsonSerializable(typeof(Admin.KinesisStreamCondition))]
[JsonSerializable(typeof(Admin.AdminError))]
[JsonSerializable(typeof(Admin.HealthCheckResult))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
