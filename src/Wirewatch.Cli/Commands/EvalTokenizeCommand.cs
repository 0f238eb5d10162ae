using System.Globalization;
using System.Text;
using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Errors;
using Wirewatch.Eval.Conllu;
using Wirewatch.Eval.Tokenization;
using Wirewatch.Text;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval tokenize</c>: tokens and sentences of a folder of .txt files, scored against CoNLL-U.</summary>
internal sealed class EvalTokenizeCommand : ICommand
{
    public string Name => "eval tokenize";

    public string Summary => "Tokenize a folder of .txt files; with --gold, score token and sentence F1.";

    public string Help => """
        Usage: wirewatch eval tokenize --input DIR --out P.jsonl [--gold F.conllu]

        Runs the news tokenizer (tokenizer.news.v1) and sentence splitter (sentences.news.v1) over
        every *.txt file in DIR, in file-name order, and writes one JSON line per document to P.jsonl:
          {"doc": "NAME", "tokens": [[start, end], ...], "sentences": [[start, end], ...]}
        NAME is the file name without .txt; offsets are UTF-16 code units into the file's text,
        start inclusive, end exclusive.

        Options:
          --input DIR        folder of plain-text documents (UTF-8; see 'annotate --help')
          --out P.jsonl      where to write the predictions (its folder is created if needed)
          --gold F.conllu    score against this CoNLL-U file (e.g. UD English EWT dev)
          --help             show this text

        With --gold, each gold document is rebuilt from the CoNLL-U file:
          - '# newdoc' starts a document; its id names it (characters other than letters, digits,
            '.', '_' and '-' become '_'); a file without '# newdoc' is one document;
          - tokens are joined by one space, or by nothing after SpaceAfter=No; a multiword token
            (e.g. "don't" = "do" + "n't") contributes its surface form once;
          - sentences of one paragraph are joined by one space; '# newpar' starts a paragraph,
            joined to the previous one by a blank line ("\n\n");
          - gold token spans are the syntactic words: inside a multiword token each word gets its
            own span when the words spell the surface form exactly, otherwise every word gets the
            whole surface span; a sentence spans its first token's start to its last token's end.
        If DIR does not exist or holds no .txt file, the rebuilt texts are first written there as
        NAME.txt, so one call evaluates from raw text. A .txt file whose text differs from the
        rebuilt one is reported on stderr and left out of the scores.

        Output with --gold: precision, recall and F1 (percent, exact character spans) for tokens and
        sentences, then, as the last line, one JSON object:
          {"tokens":{"p":..,"r":..,"f1":..,"pred":..,"gold":..,"matched":..},"sentences":{...},
           "docs":N,"skipped":N}
        Progress and warnings go to stderr.

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"eval tokenize takes no positional arguments (got '{args.Positionals[0]}').");
        }

        var input = args.Required("--input");
        var output = args.Required("--out");
        var goldPath = args.Value("--gold");

        Dictionary<string, GoldTokenization>? gold = null;
        if (goldPath is not null)
        {
            gold = ReadGold(goldPath, input, context);
        }

        if (!Directory.Exists(input))
        {
            throw new InputRejectedException(input, "folder not found");
        }

        var files = Directory.GetFiles(input, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new InputRejectedException(input, "holds no .txt files");
        }

        var tokenizer = new NewsTokenizer();
        var splitter = new SentenceSplitter();
        var tokenScore = default(SpanScore);
        var sentenceScore = default(SpanScore);
        int scored = 0, skipped = 0;
        long tokenCount = 0, sentenceCount = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new TokenizationJsonlWriter(stream))
        {
            foreach (var file in files)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var name = Path.GetFileNameWithoutExtension(file);
                string text;
                try
                {
                    var decoded = TextFileDecoder.ReadFile(file);
                    if (decoded.Warning is not null)
                    {
                        context.Error.WriteLine($"warning: {file}: {decoded.Warning}");
                    }

                    text = decoded.Text;
                }
                catch (InputRejectedException ex)
                {
                    context.Error.WriteLine($"warning: {ex.Message}; written with no tokens");
                    text = string.Empty;
                }

                var tokens = tokenizer.Tokenize(text);
                var sentences = splitter.Split(text, tokens);
                writer.Write(name, tokens, sentences);
                tokenCount += tokens.Count;
                sentenceCount += sentences.Count;

                if (gold is null)
                {
                    continue;
                }

                if (!gold.TryGetValue(name, out var expected))
                {
                    context.Error.WriteLine($"warning: {name}.txt has no gold document; not scored");
                    continue;
                }

                seen.Add(name);
                if (!string.Equals(expected.Text, text, StringComparison.Ordinal))
                {
                    context.Error.WriteLine($"warning: {name}.txt differs from the text rebuilt from gold (first difference at offset {FirstDifference(expected.Text, text)}); not scored");
                    skipped++;
                    continue;
                }

                tokenScore += SpanScore.Compare(TokenSpans(tokens), expected.Words);
                sentenceScore += SpanScore.Compare(SentenceSpans(tokens, sentences), expected.Sentences);
                scored++;
            }
        }

        context.Error.WriteLine($"tokenized {files.Length} documents: {tokenCount} tokens, {sentenceCount} sentences -> {output}");
        if (gold is null)
        {
            return CommandLineApp.ExitOk;
        }

        foreach (var id in gold.Keys)
        {
            if (!seen.Contains(id))
            {
                context.Error.WriteLine($"warning: gold document {id} has no {id}.txt in {input}; not scored");
                skipped++;
            }
        }

        if (scored == 0)
        {
            throw new InputRejectedException(input, "no document's text matches the text rebuilt from the gold file; nothing to score");
        }

        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents  {scored} scored, {skipped} skipped"));
        o.WriteLine(Line("tokens", tokenScore));
        o.WriteLine(Line("sentences", sentenceScore));
        o.WriteLine(Json(tokenScore, sentenceScore, scored, skipped));
        return CommandLineApp.ExitOk;
    }

    private static Dictionary<string, GoldTokenization> ReadGold(string goldPath, string input, CliContext context)
    {
        var documents = ConlluTextRebuilder.Rebuild(ConlluReader.ReadFile(goldPath), Path.GetFileNameWithoutExtension(goldPath));
        if (documents.Count == 0)
        {
            throw new InputRejectedException(goldPath, "holds no sentences");
        }

        var byName = new Dictionary<string, GoldTokenization>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var name = SafeName(document.Id);
            var unique = name;
            for (int n = 2; byName.ContainsKey(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}~{n}");
            }

            byName[unique] = document;
        }

        bool empty = !Directory.Exists(input) || !Directory.EnumerateFiles(input, "*.txt").Any();
        if (empty)
        {
            Directory.CreateDirectory(input);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var (name, document) in byName)
            {
                File.WriteAllText(Path.Combine(input, name + ".txt"), document.Text, utf8);
            }

            context.Error.WriteLine($"wrote {byName.Count} documents rebuilt from {goldPath} to {input}");
        }

        return byName;
    }

    private static string SafeName(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        var name = builder.ToString().TrimStart('.');
        return name.Length == 0 ? "_" : name;
    }

    private static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        return i;
    }

    private static TextSpan[] TokenSpans(TokenLayer tokens)
    {
        var spans = new TextSpan[tokens.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = new TextSpan(tokens.StartOf(i), tokens.EndOf(i));
        }

        return spans;
    }

    private static TextSpan[] SentenceSpans(TokenLayer tokens, SentenceLayer sentences)
    {
        var spans = new TextSpan[sentences.Count];
        for (int s = 0; s < spans.Length; s++)
        {
            spans[s] = new TextSpan(tokens.StartOf(sentences.FirstToken(s)), tokens.EndOf(sentences.EndToken(s) - 1));
        }

        return spans;
    }

    private static string Line(string label, SpanScore score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-10} P {100 * score.Precision:F2}  R {100 * score.Recall:F2}  F1 {100 * score.F1:F2}  (predicted {score.Predicted}, gold {score.Gold}, matched {score.Matched})");

    private static string Json(SpanScore tokens, SpanScore sentences, int docs, int skipped)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            Score(writer, "tokens", tokens);
            Score(writer, "sentences", sentences);
            writer.WriteNumber("docs", docs);
            writer.WriteNumber("skipped", skipped);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);

        static void Score(Utf8JsonWriter writer, string name, SpanScore score)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("p", Math.Round(100 * score.Precision, 2));
            writer.WriteNumber("r", Math.Round(100 * score.Recall, 2));
            writer.WriteNumber("f1", Math.Round(100 * score.F1, 2));
            writer.WriteNumber("pred", score.Predicted);
            writer.WriteNumber("gold", score.Gold);
            writer.WriteNumber("matched", score.Matched);
            writer.WriteEndObject();
        }
    }
}
