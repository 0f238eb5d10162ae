using System.Text.Json;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Serialization;
using Wirewatch.Text;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch annotate FILE</c>: runs the pipeline over one article.</summary>
internal sealed class AnnotateCommand : ICommand
{
    public string Name => "annotate";

    public string Summary => "Annotate one article and print its record (text, sentences, tokens, ...).";

    public string Help => """
        Usage: wirewatch annotate FILE [--date YYYY-MM-DD] [--json] [--pretty]

        Runs the default pipeline over one plain-text article (UTF-8; other encodings are read as
        Latin-1 with a warning) and prints what it found.

        Options:
          --date YYYY-MM-DD   publication date; relative dates in the text resolve against it
          --json              print the JSON record (one line) instead of the readable summary
          --pretty            with --json, indent the record
          --help              show this text

        Every span in the record is {start, end, text}: UTF-16 offsets into the original text,
        start inclusive, end exclusive. Use '-' as FILE to read standard input.

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--date"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--json", "--pretty"];

    public int Run(CommandArgs args, CliContext context)
    {
        if (args.Positionals.Count != 1)
        {
            throw new UsageException(args.Positionals.Count == 0 ? "annotate needs a FILE." : "annotate takes one FILE.");
        }

        var path = args.Positionals[0];
        DecodedText decoded;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            decoded = TextFileDecoder.Decode(buffer.ToArray(), "<stdin>");
        }
        else
        {
            decoded = TextFileDecoder.ReadFile(path);
        }

        if (decoded.Warning is not null)
        {
            context.Error.WriteLine($"warning: {path}: {decoded.Warning}");
        }

        var metadata = new ArticleMetadata { Published = args.Date("--date"), Language = "en" };
        var document = PipelineFactory.CreateDefault().Process(new Document(decoded.Text, metadata), context.CancellationToken);

        if (args.Flag("--json"))
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, DocumentJsonWriter.Options(args.Flag("--pretty"))))
            {
                DocumentJsonWriter.Write(writer, document);
            }

            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
            return CommandLineApp.ExitOk;
        }

        WriteSummary(document, context.Out);
        return CommandLineApp.ExitOk;
    }

    private static void WriteSummary(Document document, TextWriter output)
    {
        output.WriteLine($"{document.SentenceCount} sentences, {document.TokenCount} tokens, {document.Text.Length} characters");
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var sentence = document.Sentence(s);
            output.Write($"[{s}] ");
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (t > sentence.FirstToken)
                {
                    output.Write(" | ");
                }

                output.Write(document.Token(t).Chars);
            }

            output.WriteLine();
        }
    }
}
