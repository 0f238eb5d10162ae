namespace Wirewatch.Eval.Conllu;

/// <summary>A multiword token range line (<c>3-4  don't</c>): one surface token covering words First..Last.</summary>
public sealed record ConlluMultiwordToken(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
