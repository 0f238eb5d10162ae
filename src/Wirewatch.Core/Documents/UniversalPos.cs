namespace Wirewatch.Core.Documents;

/// <summary>The 17 Universal Dependencies part-of-speech tags.</summary>
public enum UniversalPos : byte
{
    None = 0,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}
