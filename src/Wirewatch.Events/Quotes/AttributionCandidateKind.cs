namespace Wirewatch.Events.Quotes;

/// <summary>How a content candidate was cut from the parse. The values are hashed into the model's features: never renumber.</summary>
internal enum AttributionCandidateKind
{
    /// <summary>The subtree of a clausal complement: "said [that ...]".</summary>
    Ccomp = 0,

    /// <summary>The subtree of an open clausal complement: "wants [to ...]".</summary>
    Xcomp = 1,

    /// <summary>The subtree of a direct object: "endorsed [Trump]".</summary>
    Object = 2,

    /// <summary>The subtree of an oblique or nominal modifier without its preposition: "called for [a ban]", "support for [X]".</summary>
    Oblique = 3,

    /// <summary>The subtree of an adverbial clause.</summary>
    Advcl = 4,

    /// <summary>The subtree of a parataxis child: "said: [...]".</summary>
    Parataxis = 5,

    /// <summary>The subtree of a clausal subject: "[What he said] shows ...".</summary>
    ClausalSubject = 6,

    /// <summary>The subtree of a clause on a noun cue: "the claim [that ...]".</summary>
    NounClause = 7,

    /// <summary>The cue's head clause without the cue's own clause: "[...], he said".</summary>
    HeadClause = 8,

    /// <summary>The sentence up to the comma before the cue clause: "[...], Smith said".</summary>
    BeforeComma = 9,

    /// <summary>The rest of the sentence after the cue: "said: [...]".</summary>
    Rest = 10,

    /// <summary>Another child's subtree (iobj, dep, conj).</summary>
    OtherChild = 11,

    /// <summary>A clausal complement or object cut before a trailing coordinated or loosely attached clause (", which ...", "and said ...").</summary>
    ShortClause = 12,

    /// <summary>Everything the cue governs after it: "condemned [the test as a grave threat]".</summary>
    RightSide = 13,

    /// <summary>The subject of a passive cue or of an adjective: "[The registration issue] was first reported by ...".</summary>
    Subject = 14,

    /// <summary>The rest of the sentence or everything the cue governs after it, without a leading preposition ("criticism of [X]") or cut before its first comma, semicolon, parenthesis or dash.</summary>
    TailCut = 15,
}
