using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Wirewatch.Core.Errors;

namespace Wirewatch.Models.ModelFiles;

/// <summary>
/// Reads a model file written by <see cref="ModelFileWriter"/>: checks magic, format version, kind, checksum and
/// engine range, then hands out sections as arrays. Every problem is a <see cref="ModelLoadException"/>.
/// </summary>
public sealed class ModelFileReader
{
    private readonly byte[] _bytes;
    private readonly Dictionary<string, (byte ElementSize, long Offset, long Length)> _sections;

    private ModelFileReader(string path, byte[] bytes, string kind, ModelManifest manifest, Dictionary<string, (byte, long, long)> sections)
    {
        Path = path;
        _bytes = bytes;
        Kind = kind;
        Manifest = manifest;
        _sections = sections;
    }

    /// <summary>Where the model was read from (for messages).</summary>
    public string Path { get; }

    public string Kind { get; }

    public ModelManifest Manifest { get; }

    /// <summary>The size of the file in bytes.</summary>
    public long Length => _bytes.Length;

    /// <summary>Reads and checks a model file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedKind">The kind the caller reads, e.g. <c>tagger</c>.</param>
    /// <param name="regenerate">The command that recreates the file, named in the message when it is missing.</param>
    public static ModelFileReader Open(string path, string expectedKind, string regenerate)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, $"the model file is missing; run '{regenerate}' to create it.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new ModelLoadException(path, ex.Message, ex);
        }

        return FromBytes(bytes, path, expectedKind);
    }

    /// <summary>Reads a model from memory; <paramref name="source"/> names it in messages.</summary>
    public static ModelFileReader FromBytes(byte[] bytes, string source, string expectedKind)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            throw new ModelLoadException(source, "model files can be read on little-endian machines only.");
        }

        var span = bytes.AsSpan();
        if (span.Length < 32 || !span[..8].SequenceEqual(ModelFileFormat.Magic))
        {
            throw new ModelLoadException(source, "not a Wirewatch model file.");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(span[8..]);
        if (version != ModelFileFormat.Version)
        {
            throw new ModelLoadException(source, $"model file format {version} is not supported (this engine reads format {ModelFileFormat.Version}).");
        }

        if (BinaryPrimitives.ReadUInt64LittleEndian(span[^8..]) != ModelFileFormat.Checksum(span[..^8]))
        {
            throw new ModelLoadException(source, "the checksum does not match; the file is truncated or damaged.");
        }

        try
        {
            int count = BinaryPrimitives.ReadInt32LittleEndian(span[12..]);
            int pos = 16;
            string kind = Encoding.ASCII.GetString(ReadBlock(span, ref pos));
            if (kind != expectedKind)
            {
                throw new ModelLoadException(source, $"this is a '{kind}' model, not a '{expectedKind}' model.");
            }

            var manifest = ModelManifest.FromJson(Encoding.UTF8.GetString(ReadBlock(span, ref pos)), source);
            var sections = new Dictionary<string, (byte, long, long)>(StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[pos..]);
                string name = Encoding.ASCII.GetString(span.Slice(pos + 2, nameLength));
                pos += 2 + nameLength;
                byte elementSize = span[pos++];
                long offset = BinaryPrimitives.ReadInt64LittleEndian(span[pos..]);
                long length = BinaryPrimitives.ReadInt64LittleEndian(span[(pos + 8)..]);
                pos += 16;
                if (offset < pos || length < 0 || offset + length > bytes.Length - 8 || elementSize == 0 || length % elementSize != 0)
                {
                    throw new ModelLoadException(source, $"section '{name}' lies outside the file.");
                }

                sections[name] = (elementSize, offset, length);
            }

            var reader = new ModelFileReader(source, bytes, kind, manifest, sections);
            manifest.CheckEngine(typeof(ModelFileReader).Assembly.GetName().Version ?? new Version(0, 0), source);
            return reader;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ModelLoadException(source, "the header is truncated.", ex);
        }
    }

    public bool Has(string name) => _sections.ContainsKey(name);

    /// <summary>A copy of an array section.</summary>
    public T[] Get<T>(string name)
        where T : unmanaged
    {
        var (elementSize, offset, length) = Find(name);
        if (elementSize != System.Runtime.CompilerServices.Unsafe.SizeOf<T>())
        {
            throw new ModelLoadException(Path, $"section '{name}' holds {elementSize}-byte elements, not {typeof(T).Name}.");
        }

        return MemoryMarshal.Cast<byte, T>(_bytes.AsSpan((int)offset, (int)length)).ToArray();
    }

    /// <summary>A string-list section written by <see cref="ModelFileWriter.AddStrings"/>.</summary>
    public string[] GetStrings(string name)
    {
        var (_, offset, length) = Find(name);
        var span = _bytes.AsSpan((int)offset, (int)length);
        try
        {
            int count = BinaryPrimitives.ReadInt32LittleEndian(span);
            if (count < 0 || count > length)
            {
                throw new ModelLoadException(Path, $"section '{name}' is not a string list.");
            }

            var values = new string[count];
            int pos = 4;
            for (int i = 0; i < count; i++)
            {
                values[i] = Encoding.UTF8.GetString(ReadBlock(span, ref pos));
            }

            return values;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ModelLoadException(Path, $"section '{name}' is truncated.", ex);
        }
    }

    private (byte ElementSize, long Offset, long Length) Find(string name) =>
        _sections.TryGetValue(name, out var section)
            ? section
            : throw new ModelLoadException(Path, $"section '{name}' is missing; the file was written by another version.");

    private static ReadOnlySpan<byte> ReadBlock(ReadOnlySpan<byte> span, ref int pos)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(span[pos..]);
        var block = span.Slice(pos + 4, length);
        pos += 4 + length;
        return block;
    }
}
