namespace EventStreamConsole.Configuration;

/// <summary>The rule for a setting naming a SQLite file under the content root (empty keeps the data in memory).</summary>
public static class SqlitePathRule
{
    /// <summary>Null when <paramref name="path"/> can name a file; otherwise the message naming <paramref name="key"/>.</summary>
    public static string? Check(string key, string? path)
    {
        if (path is null)
        {
            return $"{key} must be set: a file path relative to the content root (an empty string keeps the data in memory, for tests).";
        }

        if (path.IndexOfAny([.. Path.GetInvalidPathChars(), '\0']) >= 0)
        {
            return $"{key} contains a character no file path may have.";
        }

        if (path.Length > 0 && path.Trim().Length == 0)
        {
            return $"{key} is only spaces; give a file path, or an empty string to keep the data in memory (tests only).";
        }

        if (path.EndsWith('/') || path.EndsWith('\\'))
        {
            return $"{key} '{path}' names a folder, not a file; give a file name such as App_Data/{key.Split(':')[0].ToLowerInvariant()}.db.";
        }

        return null;
    }
}
