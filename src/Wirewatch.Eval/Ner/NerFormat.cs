namespace Wirewatch.Eval.Ner;

/// <summary>The two NER file layouts <c>eval ner</c> reads.</summary>
public enum NerFormat
{
    /// <summary>CoNLL-2003 style: <c>token [other columns] TAG</c>, space- or tab-separated, <c>-DOCSTART-</c> lines between documents.</summary>
    Conll,

    /// <summary>Universal NER <c>.iob2</c>: <c>idx token TAG - -</c>, tab-separated, <c># comments</c> (<c># newdoc</c> starts a document).</summary>
    Iob2,
}
