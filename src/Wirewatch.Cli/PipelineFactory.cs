using Wirewatch.Core.Pipeline;
using Wirewatch.Text;

namespace Wirewatch.Cli;

/// <summary>Builds the default pipeline the commands share. Layers are added here as their components arrive.</summary>
internal static class PipelineFactory
{
    public static Pipeline CreateDefault()
    {
        return new PipelineBuilder()
            .Add(new NewsTokenizer())
            .Add(new SentenceSplitter())
            .Build();
    }
}
