using System.Text;

namespace Wirewatch.Text.Benchmarks;

/// <summary>
/// The fixed benchmark corpus: the example article followed by seeded generated news-like text with
/// the constructs the tokenizer handles (abbreviations, quotes, dashes, URLs, numbers, contractions),
/// repeated to about 1 MB so that one call is long enough to time well.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<string> Text = new(Build);

    public static string Value => Text.Value;

    public static string Article()
    {
        using var stream = typeof(BenchmarkCorpus).Assembly.GetManifestResourceStream("Wirewatch.Text.Benchmarks.article.txt")
            ?? throw new InvalidOperationException("The embedded example article is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Build()
    {
        string[] subjects = ["Islamic State militants", "A U.S. government source", "Gen. David Rodriguez", "The group's leader", "Residents of Derna", "Egypt's military"];
        string[] verbs = ["said", "claimed", "denied", "reported", "warned", "didn't confirm"];
        string[] objects =
        [
            "an attack on the Corinthia hotel", "that 21 Egyptian Christians were killed", "a 21-year-old suspect's arrest",
            "\u201Cnew operations\u201D near Sirte", "losses of $3.5 million (about 1,000 barrels)", "the e-mail sent at 10 a.m.",
        ];
        string[] tails =
        [
            ".", " on Jan. 5.", ", officials said.", " \u2014 and more would follow.", "\u2026 but gave no details.",
            " (see http://www.reuters.com/article/2015/02/18/us-libya-security-idUSKBN0LM1IW20150218).", "?",
        ];

        var random = new Random(20150218);
        var builder = new StringBuilder(1 << 20);
        var article = Article();
        while (builder.Length < 1_000_000)
        {
            builder.Append(article).Append("\n\n");
            for (int sentence = 0; sentence < 40; sentence++)
            {
                if (random.Next(5) == 0)
                {
                    builder.Append('"');
                }

                builder.Append(subjects[random.Next(subjects.Length)]).Append(' ')
                    .Append(verbs[random.Next(verbs.Length)]).Append(' ')
                    .Append(objects[random.Next(objects.Length)])
                    .Append(tails[random.Next(tails.Length)])
                    .Append(random.Next(8) == 0 ? "\n" : " ");
            }

            builder.Append("\n\n");
        }

        return builder.ToString();
    }
}
