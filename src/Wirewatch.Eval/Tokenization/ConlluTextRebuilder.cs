using System.Globalization;
using System.Text;
using Wirewatch.Core.Documents;
using Wirewatch.Eval.Conllu;

namespace Wirewatch.Eval.Tokenization;

/// <summary>
/// Rebuilds raw documents from CoNLL-U for tokenizer evaluation. Rules:
/// <list type="bullet">
/// <item>a <c># newdoc</c> comment starts a new document (a file without one is a single document);</item>
/// <item>the text is the surface tokens (a multiword token's range line gives the surface form)
/// joined by one space, or by nothing where MISC has <c>SpaceAfter=No</c>;</item>
/// <item>sentences of one paragraph are joined by one space (a sentence's last <c>SpaceAfter=No</c> is
/// ignored); a <c># newpar</c> comment starts a paragraph, joined to the previous one by a blank line ("\n\n");</item>
/// <item>each syntactic word gets its own span; inside a multiword token the words get consecutive
/// spans when their forms spell the surface form exactly ("do" + "n't" = "don't"), otherwise every
/// word of that token gets the whole surface span;</item>
/// <item>a sentence's span runs from its first token's start to its last token's end.</item>
/// </list>
/// </summary>
public static class ConlluTextRebuilder
{
    public static IReadOnlyList<GoldTokenization> Rebuild(IReadOnlyList<ConlluSentence> sentences, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(fallbackId);
        var documents = new List<GoldTokenization>();
        var text = new StringBuilder();
        var words = new List<TextSpan>();
        var spans = new List<TextSpan>();
        string? id = null;
        int sentencesInDocument = 0;

        foreach (var sentence in sentences)
        {
            var newDoc = sentence.NewDocId;
            if (newDoc is not null && sentencesInDocument > 0)
            {
                Flush();
            }

            if (sentencesInDocument == 0)
            {
                id = string.IsNullOrEmpty(newDoc)
                    ? string.Create(CultureInfo.InvariantCulture, $"{fallbackId}-{documents.Count + 1:D4}")
                    : newDoc;
            }
            else
            {
                text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            }

            AppendSentence(sentence, text, words, spans);
            sentencesInDocument++;
        }

        if (sentencesInDocument > 0)
        {
            Flush();
        }

        return documents;

        void Flush()
        {
            documents.Add(new GoldTokenization(id!, text.ToString(), [.. words], [.. spans]));
            text.Clear();
            words.Clear();
            spans.Clear();
            sentencesInDocument = 0;
        }
    }

    private static void AppendSentence(ConlluSentence sentence, StringBuilder text, List<TextSpan> words, List<TextSpan> sentences)
    {
        var multiword = new Dictionary<int, ConlluMultiwordToken>();
        foreach (var token in sentence.MultiwordTokens)
        {
            multiword[token.First] = token;
        }

        int sentenceStart = text.Length;
        var list = sentence.Words;
        int i = 0;
        while (i < list.Count)
        {
            var word = list[i];
            bool spaceAfter;
            if (multiword.TryGetValue(word.Id, out var token))
            {
                int start = text.Length;
                text.Append(token.Form);
                int end = text.Length;
                int last = i;
                while (last + 1 < list.Count && list[last + 1].Id <= token.Last)
                {
                    last++;
                }

                var spelled = new StringBuilder();
                for (int w = i; w <= last; w++)
                {
                    spelled.Append(list[w].Form);
                }

                bool split = string.Equals(spelled.ToString(), token.Form, StringComparison.Ordinal);
                int offset = start;
                for (int w = i; w <= last; w++)
                {
                    if (split)
                    {
                        words.Add(new TextSpan(offset, offset + list[w].Form.Length));
                        offset += list[w].Form.Length;
                    }
                    else
                    {
                        words.Add(new TextSpan(start, end));
                    }
                }

                spaceAfter = token.SpaceAfter;
                i = last + 1;
            }
            else
            {
                int start = text.Length;
                text.Append(word.Form);
                words.Add(new TextSpan(start, text.Length));
                spaceAfter = word.SpaceAfter;
                i++;
            }

            if (spaceAfter && i < list.Count)
            {
                text.Append(' ');
            }
        }

        sentences.Add(new TextSpan(sentenceStart, text.Length));
    }
}
