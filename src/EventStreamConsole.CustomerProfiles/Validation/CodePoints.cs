namespace EventStreamConsole.CustomerProfiles.Validation;

/// <summary>
/// String lengths as AWS's models count them: in Unicode code points, so a character outside the Basic Multilingual
/// Plane (an emoji, two UTF-16 units in .NET) counts once.
/// </summary>
public static class CodePoints
{
    public static int Count(string value)
    {
        var count = value.Length;
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
