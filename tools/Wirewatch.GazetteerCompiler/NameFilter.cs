namespace Wirewatch.GazetteerCompiler;

/// <summary>Which alternate names are worth keeping: Latin script, no digits, not too long. The rest are counted and dropped.</summary>
public static class NameFilter
{
    public const int MaxLength = 60;

    /// <summary>Returns null when the name is kept, else the reason it is dropped.</summary>
    public static string? DropReason(string name)
    {
        if (name.Length == 0)
        {
            return "alternateName.empty";
        }

        if (name.Length > MaxLength)
        {
            return "alternateName.tooLong";
        }

        foreach (char c in name)
        {
            if (char.IsDigit(c))
            {
                return "alternateName.hasDigits";
            }

            if (char.IsLetter(c) && !IsLatin(c))
            {
                return "alternateName.nonLatinScript";
            }

            if (c is '(' or ')' or '/' or '"' or '[' or ']')
            {
                return "alternateName.punctuation";
            }
        }

        return null;
    }

    /// <summary>Basic Latin, Latin-1, Latin Extended-A/B, IPA block letters and Latin Extended Additional.</summary>
    public static bool IsLatin(char c) => c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF';

    private static readonly string[] DivisionSuffixes =
    [
        " Governorate", " Province", " District", " Region", " Prefecture", " County", " Oblast", " Krai",
        " Department", " Municipality", " State", " Territory", " Voivodeship", " Parish", " Emirate",
    ];

    /// <summary>"Basra Governorate" → "Basra": divisions are usually named without their type in news.</summary>
    public static string? WithoutDivisionSuffix(string name)
    {
        foreach (var suffix in DivisionSuffixes)
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return null;
    }
}
