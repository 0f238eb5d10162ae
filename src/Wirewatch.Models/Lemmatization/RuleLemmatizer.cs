using System.Collections.Frozen;
using Wirewatch.Core.Documents;
using Wirewatch.Core.Errors;
using Wirewatch.Core.Pipeline;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Lemmatization;

/// <summary>
/// Lemmatizer: an exception lexicon of (form, XPOS) → lemma learned from a treebank, then suffix rules per XPOS
/// for unseen words (the longest known suffix decides). Lemmas are lower case except for proper nouns
/// (NNP, NNPS), whose case is kept, as in UD English. Immutable and thread-safe.
/// </summary>
public sealed class RuleLemmatizer : IPipelineComponent
{
    /// <summary>The versioned factory name, also the model version it reads.</summary>
    public const string Version = "lemmatizer.rules.v1";

    /// <summary>The model file kind.</summary>
    public const string Kind = "lemmatizer";

    /// <summary>The command that regenerates the model.</summary>
    public const string TrainCommand = "./wirewatch train lemmatizer";

    /// <summary>The longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 6;

    private const char Separator = '\u0001';
    private const int MaxKey = 128;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexicon;
    private readonly FrozenDictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> _rules;

    internal RuleLemmatizer(LemmatizerTables tables, ModelManifest manifest)
    {
        Tables = tables;
        Manifest = manifest;
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < tables.Forms.Count; i++)
        {
            lexicon[LexiconKey(tables.Forms[i], tables.LexiconTags[i])] = tables.Lemmas[i];
        }

        var rules = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        for (int i = 0; i < tables.RuleTags.Count; i++)
        {
            rules[LexiconKey(tables.RuleSuffixes[i], tables.RuleTags[i])] = new LemmaRule(tables.RuleCuts[i], tables.RuleAppends[i]);
        }

        _lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _rules = rules.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => Version;

    public IReadOnlyList<LayerKind> Requires { get; } = [LayerKind.Tokens, LayerKind.Tags];

    public IReadOnlyList<LayerKind> Assigns { get; } = [LayerKind.Lemmas];

    public ModelManifest Manifest { get; }

    internal LemmatizerTables Tables { get; }

    /// <summary>Loads a model file written by <c>wirewatch train lemmatizer</c>.</summary>
    public static RuleLemmatizer Load(string path) => Read(ModelFileReader.Open(path, Kind, TrainCommand));

    /// <summary>Reads a model from the bytes of a model file.</summary>
    public static RuleLemmatizer FromBytes(byte[] bytes, string source = "<memory>") => Read(ModelFileReader.FromBytes(bytes, source, Kind));

    /// <summary>Saves the model (and its manifest beside it); returns the file's bytes.</summary>
    public byte[] Save(string path) => CreateWriter().Save(path);

    /// <summary>The bytes of the model file.</summary>
    public byte[] ToBytes() => CreateWriter().ToArray();

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenLayer;
        var tags = document.Get<TagLayer>(LayerKind.Tags);
        var lemmas = new string[tokens.Count];
        for (int i = 0; i < lemmas.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            lemmas[i] = Lemmatize(document.Text.AsSpan(tokens.StartOf(i), tokens.EndOf(i) - tokens.StartOf(i)), tags.Xpos(i));
        }

        return document.With(new LemmaLayer(lemmas));
    }

    /// <summary>The lemma of one word with the given Penn tag.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        if (form.Length == 0)
        {
            return string.Empty;
        }

        if (form.Length + xpos.Length + 1 > MaxKey)
        {
            return KeepsCase(xpos) ? form.ToString() : form.ToString().ToLowerInvariant();
        }

        Span<char> key = stackalloc char[MaxKey];
        int length = Key(form, xpos, key);
        if (_lexicon.TryGetValue(key[..length], out var known))
        {
            return known;
        }

        bool keepCase = KeepsCase(xpos);
        Span<char> word = stackalloc char[form.Length];
        if (keepCase)
        {
            form.CopyTo(word);
        }
        else
        {
            form.ToLowerInvariant(word);
            length = Key(word, xpos, key);
            if (_lexicon.TryGetValue(key[..length], out known))
            {
                return known;
            }
        }

        for (int k = Math.Min(MaxSuffix, word.Length); k >= 0; k--)
        {
            length = Key(word[(word.Length - k)..], xpos, key);
            if (_rules.TryGetValue(key[..length], out var rule) && rule.AppliesTo(word))
            {
                return rule.Apply(word);
            }
        }

        return word.ToString();
    }

    /// <summary>True for the tags whose lemmas keep the word's case (proper nouns).</summary>
    public static bool KeepsCase(string xpos) => xpos is "NNP" or "NNPS";

    internal static string LexiconKey(string form, string xpos) => xpos + Separator + form;

    private static int Key(ReadOnlySpan<char> text, string xpos, Span<char> key)
    {
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = Separator;
        text.CopyTo(key[(xpos.Length + 1)..]);
        return xpos.Length + 1 + text.Length;
    }

    private ModelFileWriter CreateWriter()
    {
        var writer = new ModelFileWriter(Kind, Manifest);
        writer.AddStrings("lexicon.forms", Tables.Forms);
        writer.AddStrings("lexicon.tags", Tables.LexiconTags);
        writer.AddStrings("lexicon.lemmas", Tables.Lemmas);
        writer.AddStrings("rules.tags", Tables.RuleTags);
        writer.AddStrings("rules.suffixes", Tables.RuleSuffixes);
        writer.Add<int>("rules.cuts", [.. Tables.RuleCuts]);
        writer.AddStrings("rules.appends", Tables.RuleAppends);
        return writer;
    }

    private static RuleLemmatizer Read(ModelFileReader reader)
    {
        if (reader.Manifest.Version != Version)
        {
            throw new ModelLoadException(reader.Path, $"the model is '{reader.Manifest.Version}'; this lemmatizer reads '{Version}'.");
        }

        var tables = new LemmatizerTables(
            reader.GetStrings("lexicon.forms"),
            reader.GetStrings("lexicon.tags"),
            reader.GetStrings("lexicon.lemmas"),
            reader.GetStrings("rules.tags"),
            reader.GetStrings("rules.suffixes"),
            reader.Get<int>("rules.cuts"),
            reader.GetStrings("rules.appends"));
        if (tables.Forms.Count != tables.LexiconTags.Count || tables.Forms.Count != tables.Lemmas.Count
            || tables.RuleTags.Count != tables.RuleSuffixes.Count || tables.RuleTags.Count != tables.RuleCuts.Count
            || tables.RuleTags.Count != tables.RuleAppends.Count)
        {
            throw new ModelLoadException(reader.Path, "the lexicon or rule tables differ in length.");
        }

        return new RuleLemmatizer(tables, reader.Manifest);
    }
}
