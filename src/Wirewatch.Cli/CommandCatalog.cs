using Wirewatch.Cli.Commands;

namespace Wirewatch.Cli;

/// <summary>Every command the program knows, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new AnnotateCommand(),
        new EvalTokenizeCommand(),
        new IngestCommand(),
        new StatsCommand(),
        new ExportCommand(),
        new BenchCommand(),
        new EvalGeoCommand(),
        new EvalUdCommand(),
        new TrainClustersCommand(),
        new TrainTaggerCommand(),
        new TrainLemmatizerCommand(),
        new TrainParserCommand(),
        new EvalNerCommand(),
        new TrainNerCommand(),
    ];
}
