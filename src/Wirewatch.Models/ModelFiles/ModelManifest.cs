using System.Text.Json;
using System.Text.Json.Serialization;
using Wirewatch.Core.Errors;

namespace Wirewatch.Models.ModelFiles;

/// <summary>
/// What a model file is and where it came from: stored as UTF-8 JSON inside the file and beside it
/// (<c>NAME.manifest.json</c>). Contains no timestamps, so the same data and seed give the same bytes.
/// </summary>
public sealed record ModelManifest
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>Short name of the model, e.g. <c>tagger</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Versioned factory name of the architecture that reads it, e.g. <c>tagger.perceptron.v1</c>.</summary>
    public required string Version { get; init; }

    public string? Description { get; init; }

    /// <summary>The lowest Wirewatch.Models version that reads this file.</summary>
    public string EngineMinimum { get; init; } = "0.1.0";

    /// <summary>The first Wirewatch.Models version that no longer reads this file (exclusive bound).</summary>
    public string EngineBelow { get; init; } = "1.0.0";

    public IReadOnlyList<DataFileReference> TrainingData { get; init; } = [];

    /// <summary>The licence the weights inherit from their training data.</summary>
    public string? Licence { get; init; }

    /// <summary>The command that regenerates the file.</summary>
    public string? Command { get; init; }

    public int Seed { get; init; }

    public int Epochs { get; init; }

    /// <summary>Training settings, sorted by key.</summary>
    public SortedDictionary<string, string> Hyperparameters { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Figures measured on the development data at training time (percentages), sorted by key.</summary>
    public SortedDictionary<string, double> Figures { get; init; } = new(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ModelManifest FromJson(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(json, JsonOptions)
                ?? throw new ModelLoadException(source, "the manifest is empty.");
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException(source, $"the manifest is not valid JSON ({ex.Message}).", ex);
        }
    }

    /// <summary>Throws <see cref="ModelLoadException"/> unless <paramref name="engine"/> lies in [<see cref="EngineMinimum"/>, <see cref="EngineBelow"/>).</summary>
    public void CheckEngine(Version engine, string source)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (!System.Version.TryParse(EngineMinimum, out var min) || !System.Version.TryParse(EngineBelow, out var below))
        {
            throw new ModelLoadException(source, $"the manifest's engine range '{EngineMinimum}'..'{EngineBelow}' is not a version range.");
        }

        var actual = new Version(engine.Major, engine.Minor, Math.Max(0, engine.Build));
        if (actual < min || actual >= below)
        {
            throw new ModelLoadException(source, $"the model needs engine >= {EngineMinimum} and < {EngineBelow}, this is {actual}.");
        }
    }
}
