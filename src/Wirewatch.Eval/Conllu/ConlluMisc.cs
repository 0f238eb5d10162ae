namespace Wirewatch.Eval.Conllu;

/// <summary>Reads the <c>|</c>-separated MISC column.</summary>
public static class ConlluMisc
{
    public static bool Has(string misc, string item)
    {
        ArgumentNullException.ThrowIfNull(misc);
        foreach (var part in misc.Split('|'))
        {
            if (part == item)
            {
                return true;
            }
        }

        return false;
    }
}
