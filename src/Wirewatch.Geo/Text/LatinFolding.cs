namespace Wirewatch.Geo.Text;

/// <summary>
/// Folds Latin letters with diacritics to plain ASCII (one or two letters) without ICU, so that the
/// compiler and the matcher fold names identically under invariant globalization. Derived from the
/// Unicode canonical decompositions (marks dropped) for U+00C0–U+024F and U+1E00–U+1EFF, plus the
/// letters that have no decomposition (ß, æ, ø, đ, ł, ı, œ, þ, ...). A \0 entry means "not folded".
/// </summary>
internal static class LatinFolding
{
    private const int LatinStart = 0x00C0;
    private const int ExtendedStart = 0x1E00;

    private const string LatinFirst = "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnn\0nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbb\0\0\0\0occ\0d\0\0\0eeeffg\0\0iikkl\0\0\0\0\0oo\0\0pp\0\0\0s\0\0tt\0uuuvyyzzz\0\0\0\0\0\0\0\0\0\0\0\0dddlllnnnaaiioouuuuuuuuuueaaaa\0\0ggggkkoooo\0\0jdddgg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0\0\0ccl\0\0\0\0\0b\0\0eejj\0\0rryy";
    private const string LatinSecond = "\0\0\0\0\0\0e\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0hs\0\0\0\0\0\0e\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0h\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0jj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0ee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0h\0\0\0\0\0\0\0\0\0\0\0\0\0h\0\0\0\0\0\0\0\0\0\0\0\0zzzjjjjjj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0zzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    private const string ExtendedFirst = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0s\0\0s\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";
    private const string ExtendedSecond = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    /// <summary>The fold of <paramref name="c"/>: one or two lower-case ASCII letters, or false when there is none.</summary>
    public static bool TryFold(char c, out char first, out char second)
    {
        int i = c - LatinStart;
        if ((uint)i < (uint)LatinFirst.Length)
        {
            first = LatinFirst[i];
            second = LatinSecond[i];
            return first != '\0';
        }

        i = c - ExtendedStart;
        if ((uint)i < (uint)ExtendedFirst.Length)
        {
            first = ExtendedFirst[i];
            second = ExtendedSecond[i];
            return first != '\0';
        }

        first = second = '\0';
        return false;
    }
}
