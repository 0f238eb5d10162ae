namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval tokenize</c>: tokens and sentences of a folder of .txt files, scored against CoNLL-U.</summary>
internal sealed class EvalTokenizeCommand : ICommand
{
    public string Name => "eval tokenize";

    public string Summary => "Tokenize a folder of .txt files; with --gold, score token and sentence F1.";

    public string Help => """
        Usage: wirewatch eval tokenize --input DIR --out P.jsonl [--gold F.conllu]

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--input", "--out", "--gold"];

    public IReadOnlyCollection<string> FlagOptions { get; } = [];

    public int Run(CommandArgs args, CliContext context)
    {
        throw new UsageException("not implemented yet");
    }
}
