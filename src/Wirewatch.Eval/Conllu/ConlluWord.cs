namespace Wirewatch.Eval.Conllu;

/// <summary>One syntactic word line of a CoNLL-U sentence (ID is an integer). Missing values are "_".</summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string DepRel,
    string Deps,
    string Misc)
{
    /// <summary>False when MISC holds <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
