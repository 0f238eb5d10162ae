using Wirewatch.Core.Documents;
using Wirewatch.Core.Errors;

namespace Wirewatch.Core.Pipeline;

/// <summary>Collects components in order and builds an immutable <see cref="Pipeline"/>, checking that every requirement is met.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];

    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Checks the components in the order written and returns the pipeline.</summary>
    /// <exception cref="PipelineConfigurationException">A requirement is unmet, or two components assign one layer.</exception>
    public Pipeline Build()
    {
        var owners = new Dictionary<LayerKind, string>();
        foreach (var component in _components)
        {
            foreach (var required in component.Requires)
            {
                if (!owners.ContainsKey(required))
                {
                    throw new PipelineConfigurationException(
                        $"Component '{component.Name}' requires the {required} layer, but no earlier component assigns it.");
                }
            }

            foreach (var assigned in component.Assigns)
            {
                if (owners.TryGetValue(assigned, out var owner))
                {
                    throw new PipelineConfigurationException(
                        $"Components '{owner}' and '{component.Name}' both assign the {assigned} layer; each layer has one owner.");
                }

                owners[assigned] = component.Name;
            }
        }

        return new Pipeline([.. _components]);
    }
}
