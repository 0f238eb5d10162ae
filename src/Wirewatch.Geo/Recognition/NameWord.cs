namespace Wirewatch.Geo.Recognition;

/// <summary>
/// A word as the matcher sees it: letters and digits with internal apostrophes and dotted-abbreviation
/// periods ("U.S."), without a possessive "'s". Hyphens split words but do not break a name
/// ("Al-Mabrook", "Guinea-Bissau"); other punctuation, line breaks and sentence ends do.
/// </summary>
internal readonly record struct NameWord(int Start, int End, int Sentence, bool Capitalised, bool AllCaps, bool BreakBefore, bool SentenceInitial)
{
    public int Length => End - Start;
}
