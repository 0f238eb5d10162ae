using System.Collections.Frozen;
using System.Globalization;

namespace Wirewatch.Ingest.Language;

/// <summary>
/// A small, explainable language check: the writing system of the letters first, then for Latin
/// script the share of words that are common function words of English and of six other European
/// languages. It answers one question well — is this English? — and says why when it is not.
/// Texts too short to judge are accepted.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Only the start of the text is read; a few thousand characters decide the language.</summary>
    public const int SampleLength = 4000;

    /// <summary>Below this many Latin-script words, stop-word ratios are noise: the text is accepted.</summary>
    public const int MinimumWords = 8;

    /// <summary>At least this share of English function words is expected from English prose (news runs at 30-45%).</summary>
    public const double EnglishThreshold = 0.12;

    private static readonly string[] Languages = ["en", "fr", "es", "de", "it", "pt", "nl"];
    private static readonly string[] LanguageNames = ["English", "French", "Spanish", "German", "Italian", "Portuguese", "Dutch"];

    private static readonly string[][] StopWords =
    [
        ["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not", "he", "this", "are",
            "or", "his", "from", "at", "which", "but", "have", "an", "they", "you", "were", "her", "she", "there", "been", "has", "their",
            "will", "would", "said", "who", "its", "had", "we", "after", "more", "than", "about", "when", "also"],
        ["le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "dans", "pour", "pas", "au", "aux", "sur",
            "par", "ce", "cette", "il", "elle", "ils", "sont", "avec", "plus", "ont", "été", "mais", "ou", "son", "sa", "ses", "nous",
            "vous", "leur", "comme", "aussi", "être", "l", "d", "qu"],
        ["el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "es", "que", "por", "para", "con", "no", "se", "su", "sus", "al",
            "lo", "como", "más", "pero", "fue", "ha", "este", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta",
            "desde", "son", "han"],
        ["der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein",
            "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am",
            "sind", "noch", "wie", "einem", "über", "einen", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis"],
        ["il", "di", "che", "e", "la", "le", "un", "una", "per", "non", "con", "del", "della", "dei", "delle", "nel", "nella", "al",
            "alla", "sono", "è", "ha", "gli", "si", "come", "più", "anche", "ma", "da", "lo", "questo", "questa", "dal", "degli",
            "essere", "stato"],
        ["o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "nas", "um", "uma", "que", "para", "com",
            "não", "por", "se", "mais", "como", "mas", "foi", "ao", "ele", "ela", "seu", "sua", "são", "também", "pelo", "pela", "já", "há"],
        ["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "er", "die", "ook", "als",
            "bij", "door", "maar", "om", "dan", "nog", "wordt", "werd", "naar", "heeft", "hij", "zij", "wij", "geen", "tot", "uit", "over"],
    ];

    // Word -> bit mask of the languages whose list has it.
    private static readonly FrozenDictionary<string, byte> Masks = BuildMasks();
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> MaskLookup = Masks.GetAlternateLookup<ReadOnlySpan<char>>();

    public static LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        Span<int> scripts = stackalloc int[(int)Script.Count];
        Span<int> hits = stackalloc int[Languages.Length];
        Span<char> lower = stackalloc char[24];
        int words = 0;
        int i = 0;
        while (i < sample.Length)
        {
            char c = sample[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            bool latin = true;
            while (i < sample.Length && (char.IsLetter(sample[i]) || sample[i] == '\u0301'))
            {
                var script = ScriptOf(sample[i]);
                scripts[(int)script]++;
                latin &= script == Script.Latin;
                i++;
            }

            if (!latin)
            {
                continue;
            }

            words++;
            int length = i - start;
            if (length <= lower.Length)
            {
                var word = lower[..length];
                sample.Slice(start, length).ToLowerInvariant(word);
                if (MaskLookup.TryGetValue(word, out var mask))
                {
                    for (int l = 0; l < Languages.Length; l++)
                    {
                        if ((mask & (1 << l)) != 0)
                        {
                            hits[l]++;
                        }
                    }
                }
            }
        }

        int letters = 0;
        int bestScript = (int)Script.Latin;
        for (int s = 0; s < scripts.Length; s++)
        {
            letters += scripts[s];
            if (scripts[s] > scripts[bestScript])
            {
                bestScript = s;
            }
        }

        if (letters == 0)
        {
            return new LanguageGuess("und", false, "no letters in the text");
        }

        if (bestScript != (int)Script.Latin && scripts[(int)Script.Latin] * 2 < letters)
        {
            var script = (Script)bestScript;
            // Japanese mixes Han with kana; any kana at all tells it from Chinese.
            if (script == Script.Han && scripts[(int)Script.Kana] > 0)
            {
                script = Script.Kana;
            }

            int share = (int)Math.Round(100.0 * scripts[bestScript] / letters);
            return new LanguageGuess(CodeOf(script), false, $"not English: written in {NameOf(script)} script ({share}% of letters)");
        }

        if (words < MinimumWords)
        {
            return new LanguageGuess("en", true, $"too short to judge ({words} words); taken as English");
        }

        int best = 0;
        for (int l = 1; l < Languages.Length; l++)
        {
            if (hits[l] > hits[best])
            {
                best = l;
            }
        }

        double english = (double)hits[0] / words;
        double top = (double)hits[best] / words;
        if (best == 0 && english >= EnglishThreshold)
        {
            return new LanguageGuess("en", true, $"English function words are {Percent(english)} of {words} words");
        }

        if (best != 0 && top >= EnglishThreshold)
        {
            return new LanguageGuess(Languages[best], false,
                $"not English: looks {LanguageNames[best]} ({Percent(top)} of {words} words are {LanguageNames[best]} function words, {Percent(english)} English)");
        }

        return new LanguageGuess("und", false,
            $"not English: only {Percent(english)} of {words} words are English function words; language not recognised");
    }

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static FrozenDictionary<string, byte> BuildMasks()
    {
        var masks = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int l = 0; l < StopWords.Length; l++)
        {
            foreach (var word in StopWords[l])
            {
                masks[word] = (byte)(masks.GetValueOrDefault(word) | (1 << l));
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private enum Script
    {
        Latin,
        Greek,
        Cyrillic,
        Armenian,
        Hebrew,
        Arabic,
        Devanagari,
        Bengali,
        Thai,
        Georgian,
        Hangul,
        Kana,
        Han,
        Other,
        Count,
    }

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u08FF' => Script.Arabic,
        >= '\uFB50' and <= '\uFDFF' => Script.Arabic,
        >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0980' and <= '\u09FF' => Script.Bengali,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1100' and <= '\u11FF' => Script.Hangul,
        >= '\u3130' and <= '\u318F' => Script.Hangul,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u3400' and <= '\u4DBF' => Script.Han,
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        >= '\uF900' and <= '\uFAFF' => Script.Han,
        _ => Script.Other,
    };

    private static string CodeOf(Script script) => script switch
    {
        Script.Greek => "el",
        Script.Cyrillic => "ru",
        Script.Armenian => "hy",
        Script.Hebrew => "he",
        Script.Arabic => "ar",
        Script.Devanagari => "hi",
        Script.Bengali => "bn",
        Script.Thai => "th",
        Script.Georgian => "ka",
        Script.Hangul => "ko",
        Script.Kana => "ja",
        Script.Han => "zh",
        _ => "und",
    };

    private static string NameOf(Script script) => script switch
    {
        Script.Kana => "Japanese (kana)",
        Script.Han => "Chinese (Han)",
        Script.Other => "a non-Latin",
        _ => script.ToString(),
    };
}
