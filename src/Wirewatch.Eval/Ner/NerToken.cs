namespace Wirewatch.Eval.Ner;

/// <summary>One token line of a NER file: the word, its gold tag (the answer column; may be blank or absent) and its line index in the file.</summary>
public readonly record struct NerToken(string Text, string Gold, int Line);
