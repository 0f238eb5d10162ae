using System.Text;

namespace Wirewatch.Actors;

/// <summary>
/// Our readable agent file: UTF-8, one noun phrase per line, tab-separated <c>noun sector code</c>, <c>#</c> starts a
/// comment line. Plural forms are listed as their own lines (the importer expands TABARI's plural rules).
/// </summary>
public static class AgentFileFormat
{
    public const string Header = "# noun\tsector\tcode";

    public static string Format(AgentEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Join('\t', entry.Noun, entry.Sector, entry.Code);
    }

    /// <exception cref="ActorDataException">The file is missing or a line is malformed.</exception>
    public static List<AgentEntry> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ActorDataException(path, 0, "the file is missing.");
        }

        var name = Path.GetFileName(path);
        var entries = new List<AgentEntry>();
        int number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0 || fields[1].Length is not (0 or 3))
            {
                throw new ActorDataException(name, number, "expected 'noun<TAB>sector<TAB>code' with a three-letter sector.");
            }

            entries.Add(new AgentEntry(fields[0], fields[1], fields[2]));
        }

        return entries;
    }
}
