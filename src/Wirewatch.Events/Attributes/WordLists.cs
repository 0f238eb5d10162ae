using System.Globalization;
using Wirewatch.Core.Errors;

namespace Wirewatch.Events.Attributes;

/// <summary>
/// The attribute word lists, read once from the embedded text files under Attributes/Resources
/// (analysts can read and edit them there). Immutable after the type initialiser, so safe across threads.
/// </summary>
internal static class WordLists
{
    private const string Prefix = "Wirewatch.Events.Attributes.Resources.";

    private static readonly Dictionary<string, WordSection> Time = Load("time.txt");
    private static readonly Dictionary<string, WordSection> Numbers = Load("numbers.txt");
    private static readonly Dictionary<string, WordSection> Casualties = Load("casualties.txt");
    private static readonly Dictionary<string, WordSection> Modality = Load("modality.txt");

    public static readonly WordSection Months = Section(Time, "months", "time.txt");
    public static readonly WordSection Weekdays = Section(Time, "weekdays", "time.txt");
    public static readonly WordSection Units = Section(Time, "units", "time.txt");
    public static readonly WordSection DayParts = Section(Time, "day-parts", "time.txt");
    public static readonly WordSection TimePrepositions = Section(Time, "time-prepositions", "time.txt");

    public static readonly WordSection Cardinals = Section(Numbers, "cardinals", "numbers.txt");
    public static readonly WordSection Multipliers = Section(Numbers, "multipliers", "numbers.txt");
    public static readonly WordSection Vague = Section(Numbers, "vague", "numbers.txt");
    public static readonly WordSection Unknown = Section(Numbers, "unknown", "numbers.txt");
    public static readonly WordSection AtLeast = Section(Numbers, "at-least", "numbers.txt");
    public static readonly WordSection AtMost = Section(Numbers, "at-most", "numbers.txt");
    public static readonly WordSection Approximately = Section(Numbers, "approximately", "numbers.txt");

    public static readonly WordSection Killed = Section(Casualties, "killed", "casualties.txt");
    public static readonly WordSection Injured = Section(Casualties, "injured", "casualties.txt");
    public static readonly WordSection Abducted = Section(Casualties, "abducted", "casualties.txt");
    public static readonly WordSection Arrested = Section(Casualties, "arrested", "casualties.txt");
    public static readonly WordSection NotPeople = Section(Casualties, "not-people", "casualties.txt");

    public static readonly WordSection ReportVerbs = Section(Modality, "report-verbs", "modality.txt");
    public static readonly WordSection PerceptionVerbs = Section(Modality, "perception-verbs", "modality.txt");
    public static readonly WordSection ReportNouns = Section(Modality, "report-nouns", "modality.txt");
    public static readonly WordSection ClaimVerbs = Section(Modality, "claim-verbs", "modality.txt");
    public static readonly WordSection ClaimNouns = Section(Modality, "claim-nouns", "modality.txt");
    public static readonly WordSection DenyVerbs = Section(Modality, "deny-verbs", "modality.txt");
    public static readonly WordSection AllegeVerbs = Section(Modality, "allege-verbs", "modality.txt");
    public static readonly WordSection SuspectVerbs = Section(Modality, "suspect-verbs", "modality.txt");
    public static readonly WordSection AllegedAdverbs = Section(Modality, "alleged-adverbs", "modality.txt");
    public static readonly WordSection ReportedAdverbs = Section(Modality, "reported-adverbs", "modality.txt");
    public static readonly WordSection ClaimedAdverbs = Section(Modality, "claimed-adverbs", "modality.txt");
    public static readonly WordSection SuspectedAdverbs = Section(Modality, "suspected-adverbs", "modality.txt");
    public static readonly WordSection ModalAuxiliaries = Section(Modality, "modal-auxiliaries", "modality.txt");
    public static readonly WordSection FutureAuxiliaries = Section(Modality, "future-auxiliaries", "modality.txt");
    public static readonly WordSection IntentVerbs = Section(Modality, "intent-verbs", "modality.txt");
    public static readonly WordSection ThreatVerbs = Section(Modality, "threat-verbs", "modality.txt");
    public static readonly WordSection ViolentVerbs = Section(Modality, "violent-verbs", "modality.txt");
    public static readonly WordSection Negators = Section(Modality, "negators", "modality.txt");
    public static readonly WordSection FailVerbs = Section(Modality, "fail-verbs", "modality.txt");
    public static readonly WordSection Channels = Section(Modality, "channels", "modality.txt");
    public static readonly WordSection ConfirmVerbs = Section(Modality, "confirm-verbs", "modality.txt");
    public static readonly WordSection DisputeVerbs = Section(Modality, "dispute-verbs", "modality.txt");
    public static readonly WordSection FirstPerson = Section(Modality, "first-person", "modality.txt");

    private static WordSection Section(Dictionary<string, WordSection> file, string name, string fileName) =>
        file.TryGetValue(name, out WordSection? section)
            ? section
            : throw new ModelLoadException(Prefix + fileName, $"section [{name}] is missing");

    private static Dictionary<string, WordSection> Load(string fileName)
    {
        string resource = Prefix + fileName;
        using Stream stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelLoadException(resource, "embedded word list not found in the assembly");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, WordSection>(StringComparer.Ordinal);
        string? current = null;
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string[]>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            string text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            if (text[0] == '[' && text[^1] == ']')
            {
                Flush(sections, current, entries, phrases);
                current = text[1..^1].Trim();
                entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                phrases = [];
                continue;
            }

            if (current is null)
            {
                throw new ModelLoadException(resource, $"line {lineNumber.ToString(CultureInfo.InvariantCulture)} is outside any [section]");
            }

            int equals = text.IndexOf(" = ", StringComparison.Ordinal);
            string key = equals < 0 ? text : text[..equals].Trim();
            string value = equals < 0 ? string.Empty : text[(equals + 3)..].Trim();
            entries[key] = value;
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add(key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        Flush(sections, current, entries, phrases);
        return sections;
    }

    private static void Flush(Dictionary<string, WordSection> sections, string? name, Dictionary<string, string> entries, List<string[]> phrases)
    {
        if (name is null)
        {
            return;
        }

        phrases.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        sections[name] = new WordSection(entries, [.. phrases]);
    }
}
