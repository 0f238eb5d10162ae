namespace Wirewatch.Core.Errors;

/// <summary>A pipeline cannot be built: a requirement is unmet or two components claim one layer.</summary>
public sealed class PipelineConfigurationException : WirewatchException
{
    public PipelineConfigurationException(string message)
        : base("WW1002", message)
    {
    }
}
