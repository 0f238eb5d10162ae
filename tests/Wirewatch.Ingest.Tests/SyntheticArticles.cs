using System.Text;

namespace Wirewatch.Ingest.Tests;

/// <summary>Made-up English news prose for tests: deterministic, varied enough that different seeds are not near-duplicates.</summary>
internal static class SyntheticArticles
{
    private static readonly string[] Actors = ["Government forces", "Rebel fighters", "Police officers", "Protesters", "The army", "Militants", "Local officials", "Aid workers"];
    private static readonly string[] Verbs = ["attacked", "surrounded", "met with", "criticised", "negotiated with", "clashed with", "supported", "evacuated"];
    private static readonly string[] Targets = ["a convoy", "the town hall", "villagers", "a border post", "the opposition", "a refugee camp", "the ministry", "a market"];
    private static readonly string[] Places = ["near Sirte", "in Benghazi", "outside Mosul", "in northern Mali", "close to Aleppo", "in Tripoli", "south of Kabul", "in Mogadishu"];
    private static readonly string[] Tails = [
        "according to a statement released on Tuesday",
        "witnesses told reporters at the scene",
        "officials said, declining to give further details",
        "and the situation remained tense for several hours",
        "in what analysts described as a major escalation",
        "while the United Nations called for calm",
    ];

    public static string Article(int seed, int sentences = 12)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        sb.Append("Report number ").Append(seed).Append(" on the conflict\n\n");
        for (int i = 0; i < sentences; i++)
        {
            sb.Append(Actors[random.Next(Actors.Length)]).Append(' ')
                .Append(Verbs[random.Next(Verbs.Length)]).Append(' ')
                .Append(Targets[random.Next(Targets.Length)]).Append(' ')
                .Append(Places[random.Next(Places.Length)]).Append(" on day ").Append(random.Next(1, 400)).Append(", ")
                .Append(Tails[random.Next(Tails.Length)]).Append(". ");
            if (i % 3 == 2)
            {
                sb.Append("\n\n");
            }
        }

        // A paragraph of varied words keeps different seeds far apart for near-duplicate detection.
        sb.Append("\n\n").Append(Prose(seed, 120));
        return sb.ToString().TrimEnd() + "\n";
    }

    private static readonly string[] Vocabulary = (
        "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they " +
        "army police rebels government minister town city border village convoy market hospital school bridge road port " +
        "attacked seized defended visited shelled blocked evacuated protested negotiated announced denied reported claimed " +
        "north south east west morning evening week month officials witnesses residents fighters soldiers doctors leaders " +
        "killed wounded arrested missing displaced dozens hundreds several many few early late after before during near").Split(' ');

    /// <summary>Word salad with English function words: nearly every three-word shingle is distinct, unlike the templated <see cref="Article"/>.</summary>
    public static string Prose(int seed, int words = 300)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            sb.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(i % 15 == 14 ? ". " : " ");
        }

        return sb.ToString().TrimEnd();
    }
}
