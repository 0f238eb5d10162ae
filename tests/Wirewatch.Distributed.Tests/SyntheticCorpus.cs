using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wirewatch.Distributed.Tests;

/// <summary>
/// A generated news corpus (seeded, so every run is the same): incidents reported by several outlets in their own
/// words, some in towns on the Libya–Tunisia border and some on the first or last days of a month, written as one
/// JSON-lines file per outlet; plus copies of some articles (same URL, so same id), a French article, and
/// inputs that cannot be read (empty, binary, malformed lines).
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Outlets = ["Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera", "BBC News"];

    private static readonly (string Town, string Country)[] Places =
    [
        ("Ben Gardane", "Tunisia"), ("Ras Ajdir", "Tunisia"), ("Dehiba", "Tunisia"), ("Zuwara", "Libya"), ("Nalut", "Libya"),
        ("Tripoli", "Libya"), ("Benghazi", "Libya"), ("Misrata", "Libya"), ("Sirte", "Libya"), ("Tunis", "Tunisia"), ("Sfax", "Tunisia"),
        ("El Arish", "Egypt"), ("Alexandria", "Egypt"), ("Mosul", "Iraq"), ("Kirkuk", "Iraq"), ("Baghdad", "Iraq"),
        ("Aleppo", "Syria"), ("Kandahar", "Afghanistan"), ("Mogadishu", "Somalia"), ("Maiduguri", "Nigeria"),
    ];

    private static readonly string[] Attackers = ["Gunmen", "Suspected militants", "Armed men", "Insurgents", "Unidentified attackers"];

    private static readonly string[] Targets = ["a police checkpoint", "an army post", "a market", "a convoy of soldiers", "a government building", "a mosque"];

    private static readonly string[] Officials = ["a police spokesman", "the interior ministry", "a local official", "hospital sources", "a military spokesman"];

    private static readonly string[] Fillers =
    [
        "No group immediately claimed responsibility for the attack.",
        "The area has seen repeated clashes in recent months.",
        "Security forces sealed off the area after the attack.",
        "Residents said they heard several explosions before dawn.",
        "The government condemned the violence and promised an investigation.",
        "Witnesses described scenes of panic as people fled the area.",
        "Ambulances took the wounded to the main hospital in the city.",
        "Officials said the death toll could rise.",
        "The attack came days after talks between rival factions broke down.",
        "Traffic on the main road was suspended for several hours.",
        "Local television showed burned vehicles at the scene.",
        "Police arrested two suspects later in the day, officials said.",
        "Aid groups called for calm and urged all sides to protect civilians.",
        "It was the deadliest attack in the province this year.",
    ];

    private static readonly DateOnly[] Days =
    [
        new(2015, 1, 30), new(2015, 1, 31), new(2015, 2, 1), new(2015, 2, 2), new(2015, 2, 14), new(2015, 2, 27), new(2015, 2, 28),
        new(2015, 3, 1), new(2015, 3, 2), new(2015, 3, 15), new(2015, 3, 30), new(2015, 3, 31), new(2015, 4, 1),
    ];

    private SyntheticCorpus(string folder, int articles, int copies, int unreadable, int notEnglish)
    {
        Folder = folder;
        Articles = articles;
        Copies = copies;
        Unreadable = unreadable;
        NotEnglish = notEnglish;
    }

    /// <summary>The folder to ingest.</summary>
    public string Folder { get; }

    /// <summary>Distinct English articles: what both runs must store.</summary>
    public int Articles { get; }

    /// <summary>Copies of articles already in the corpus (same URL).</summary>
    public int Copies { get; }

    /// <summary>Inputs (files or lines) that cannot be read.</summary>
    public int Unreadable { get; }

    /// <summary>Articles that are read but skipped as not English.</summary>
    public int NotEnglish { get; }

    public static SyntheticCorpus Write(string folder, int incidents, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var byOutlet = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var outlet in Outlets)
        {
            byOutlet[outlet] = [];
        }

        var all = new List<string>();
        for (int i = 0; i < incidents; i++)
        {
            var (town, country) = Places[random.Next(Places.Length)];
            var day = Days[random.Next(Days.Length)];
            var attackers = Attackers[random.Next(Attackers.Length)];
            var target = Targets[random.Next(Targets.Length)];
            int killed = random.Next(2, 30);
            int wounded = killed + random.Next(1, 40);
            int reports = random.Next(2, 5);
            var outlets = Outlets.OrderBy(_ => random.Next()).Take(reports).ToList();
            foreach (var outlet in outlets)
            {
                // The outlet publishes on the day or the day after: some reports cross a month edge.
                var published = day.AddDays(random.Next(0, 2));
                var text = Report(random, outlet, town, country, day, published, attackers, target, killed, wounded);
                var line = JsonLine(outlet, $"https://{Slug(outlet)}.example.com/{published:yyyy/MM/dd}/incident-{i}", $"{killed} killed in attack in {town}", published, text);
                byOutlet[outlet].Add(line);
                all.Add(line);
            }
        }

        foreach (var (outlet, lines) in byOutlet)
        {
            File.WriteAllLines(Path.Combine(folder, Slug(outlet) + ".jsonl"), lines);
        }

        // Re-published: the same URL and text again, in another file.
        int copies = Math.Min(12, all.Count);
        File.WriteAllLines(Path.Combine(folder, "republished.jsonl"), all.Take(copies));

        File.WriteAllText(Path.Combine(folder, "depeche.txt"),
            "Attaque à Tunis\n\nDes hommes armés ont attaqué un poste de police à Tunis lundi et trois policiers ont été tués, " +
            "a déclaré le ministère de l'Intérieur. Aucun groupe n'a revendiqué l'attaque pour le moment.");
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "photo.bin"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]);
        File.WriteAllLines(Path.Combine(folder, "broken.jsonl"), ["{\"text\": \"unterminated", "{\"title\": \"no text here\"}"]);
        return new SyntheticCorpus(folder, all.Count, copies, unreadable: 4, notEnglish: 1);
    }

    private static string Report(Random random, string outlet, string town, string country, DateOnly day, DateOnly published,
        string attackers, string target, int killed, int wounded)
    {
        var official = Officials[random.Next(Officials.Length)];
        var when = day == published ? "on " + day.DayOfWeek : $"on {day.DayOfWeek}, {day.ToString("MMMM d", CultureInfo.InvariantCulture)}";
        var sb = new StringBuilder();
        switch (Array.IndexOf(Outlets, outlet))
        {
            case 0:
                sb.Append(CultureInfo.InvariantCulture, $"{town.ToUpperInvariant()}, {country} (Reuters) - {attackers} killed {killed} people and wounded {wounded} in an attack on {target} in {town} {when}, {official} said.");
                break;
            case 1:
                sb.Append(CultureInfo.InvariantCulture, $"{town}, {country} (AP) — At least {killed} people died {when} when {attackers.ToLowerInvariant()} stormed {target} in the {(country == "Libya" ? "Libyan" : country)} town of {town}, according to {official}.");
                break;
            case 2:
                sb.Append(CultureInfo.InvariantCulture, $"{attackers} opened fire on {target} in {town}, {country}, {when}, killing {killed} and injuring {wounded} others, {official} told AFP.");
                break;
            case 3:
                sb.Append(CultureInfo.InvariantCulture, $"A deadly assault on {target} in {town} has left {killed} dead, {official} said {when}. {attackers} were blamed for the attack in {country}.");
                break;
            default:
                sb.Append(CultureInfo.InvariantCulture, $"{killed} people have been killed in {town} in {country} after {attackers.ToLowerInvariant()} attacked {target} {when}. {wounded} more were hurt, {official} said.");
                break;
        }

        foreach (var filler in Fillers.OrderBy(_ => random.Next()).Take(random.Next(2, 4)))
        {
            sb.Append(' ').Append(filler);
        }

        return sb.ToString();
    }

    private static string JsonLine(string outlet, string url, string title, DateOnly published, string text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("url", url);
            json.WriteString("title", title);
            json.WriteString("source", outlet);
            json.WriteString("date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Slug(string outlet) => outlet.ToLowerInvariant().Replace(' ', '-');
}
