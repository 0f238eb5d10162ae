using System.Globalization;
using Wirewatch.Core.Errors;
using Wirewatch.Core.Pipeline;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Models.Tagging;

namespace Wirewatch.Events.Templates;

/// <summary>
/// The MUC-4 role-filler extractor: a greedy BIO averaged-perceptron tagger over the news tokenizer's tokens
/// (PerpInd, PerpOrg, Target, Victim, Weapon), whose mentions are then grouped into entities per role.
/// A model trained with syntax (the default) reads the tagger's and parser's view of the text too, through a
/// syntax pipeline given at load time. Thread-safe.
/// </summary>
public sealed class RoleTagger
{
    public const string Kind = "muc4-roles";
    public const string Version = "muc4.roles.perceptron.v2";
    public const string TrainCommand = "./wirewatch train muc4";

    private readonly LinearModel _weights;
    private readonly WordClusters? _clusters;
    private readonly Pipeline? _syntax;

    internal RoleTagger(LinearModel weights, WordClusters? clusters, ModelManifest manifest, RoleDecodingOptions decoding, bool usesSyntax, Pipeline? syntax)
    {
        _weights = weights;
        _clusters = clusters;
        Manifest = manifest;
        Decoding = decoding;
        UsesSyntax = usesSyntax;
        _syntax = syntax;
    }

    /// <summary>Whether the model was trained on parse features and so needs a syntax pipeline.</summary>
    public bool UsesSyntax { get; }

    public ModelManifest Manifest { get; }

    /// <summary>The post-tagging decisions stored with the model.</summary>
    public RoleDecodingOptions Decoding { get; }

    public long WeightBytes => _weights.SizeInBytes;

    /// <summary>Loads a model written by <c>wirewatch train muc4</c>.</summary>
    /// <exception cref="ModelLoadException">The file is missing, damaged or of another version.</exception>
    public static RoleTagger Load(string path, Pipeline? syntax = null)
    {
        var reader = ModelFileReader.Open(path, Kind, TrainCommand);
        if (!string.Equals(reader.Manifest.Version, Version, StringComparison.Ordinal))
        {
            throw new ModelLoadException(path, $"model version '{reader.Manifest.Version}' is not '{Version}'; run '{TrainCommand}'.");
        }

        var weights = LinearModel.Read(reader, "roles");
        var clusters = reader.Has("clusters.words") ? WordClusters.Read(reader) : null;
        var settings = reader.Get<float>("decoding");
        if (settings.Length != 3)
        {
            throw new ModelLoadException(path, $"the decoding section is damaged; run '{TrainCommand}'.");
        }

        var usesSyntax = reader.Has("syntax") && reader.Get<float>("syntax") is [1f];
        return new RoleTagger(weights, clusters, reader.Manifest, new RoleDecodingOptions(settings[0], settings[1] != 0, settings[2] != 0), usesSyntax, syntax);
    }

    /// <summary>The same weights with other decoding decisions (used to tune them on dev).</summary>
    public RoleTagger WithDecoding(RoleDecodingOptions decoding, ModelManifest? manifest = null) => new(_weights, _clusters, manifest ?? Manifest, decoding, UsesSyntax, _syntax);

    /// <summary>Saves the model and its manifest beside it; returns the file's bytes.</summary>
    public byte[] Save(string path)
    {
        var writer = new ModelFileWriter(Kind, Manifest);
        _weights.Write(writer, "roles");
        _clusters?.Write(writer);
        writer.Add<float>("decoding", [Decoding.OutsideBias, Decoding.MergeContained ? 1 : 0, Decoding.FirstMentionOnly ? 1 : 0]);
        writer.Add<float>("syntax", [UsesSyntax ? 1 : 0]);
        return writer.Save(path);
    }

    /// <summary>Finds the role fillers of <paramref name="text"/>.</summary>
    public RoleExtraction Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (UsesSyntax && _syntax is null)
        {
            throw new InvalidOperationException("This role model reads parses: load it with the syntax pipeline (tokenizer, splitter, tagger, lemmatizer, parser).");
        }

        var seq = RoleSequence.Create(text, _clusters, UsesSyntax ? _syntax : null);
        var labels = new int[seq.Count];
        RoleDecoder.Run(_weights, seq, labels, Decoding.OutsideBias);
        return Build(seq, labels, Decoding);
    }

    internal static RoleTagger FromTraining(LinearModel weights, WordClusters? clusters, ModelManifest manifest, RoleDecodingOptions decoding, Pipeline? syntax) =>
        new(weights, clusters, manifest, decoding, syntax is not null, syntax);

    internal static RoleExtraction Build(RoleSequence seq, int[] labels, RoleDecodingOptions decoding)
    {
        var mentions = new List<RoleMention>();
        var perRole = new List<string>[TemplateRoles.All.Count];
        for (int r = 0; r < perRole.Length; r++)
        {
            perRole[r] = [];
        }

        foreach (var (role, first, last) in RoleDecoder.Spans(labels))
        {
            int start = seq.Starts[first], end = seq.Ends[last];
            var surface = seq.Text[start..end];
            mentions.Add(new RoleMention(TemplateRoles.All[role], start, end, surface));
            perRole[role].Add(surface);
        }

        var roles = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        for (int r = 0; r < perRole.Length; r++)
        {
            var entities = RoleEntityGrouper.Group(perRole[r], decoding.MergeContained);
            var list = new List<IReadOnlyList<string>>(entities.Count);
            foreach (var e in entities)
            {
                list.Add(decoding.FirstMentionOnly ? [e[0]] : e);
            }

            roles[TemplateRoles.All[r]] = list;
        }

        var words = new string[seq.Count];
        for (int i = 0; i < seq.Count; i++)
        {
            words[i] = seq.Word(i).ToString();
        }

        return new RoleExtraction(roles, IncidentTypeGuesser.Guess(words), mentions);
    }

    /// <summary>One line describing decoding options, for logs and manifests.</summary>
    public static string DescribeDecoding(RoleDecodingOptions d) => string.Create(CultureInfo.InvariantCulture,
        $"outsideBias={d.OutsideBias}, mergeContained={d.MergeContained}, firstMentionOnly={d.FirstMentionOnly}");
}
