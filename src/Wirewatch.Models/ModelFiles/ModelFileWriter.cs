using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wirewatch.Models.ModelFiles;

/// <summary>
/// Builds a model file (<see cref="ModelFileFormat"/>) from named sections. The output depends only on what is
/// added, in the order added, so a deterministic trainer writes byte-identical files.
/// </summary>
public sealed class ModelFileWriter
{
    private readonly List<(string Name, byte ElementSize, byte[] Bytes)> _sections = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <param name="kind">What reads the file, e.g. <c>tagger</c>; checked by <see cref="ModelFileReader.Open"/>.</param>
    /// <param name="manifest">Stored in the file's header and beside it.</param>
    public ModelFileWriter(string kind, ModelManifest manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(manifest);
        if (!Ascii.IsValid(kind))
        {
            throw new ArgumentException("The kind must be ASCII.", nameof(kind));
        }

        Kind = kind;
        Manifest = manifest;
    }

    public string Kind { get; }

    public ModelManifest Manifest { get; set; }

    /// <summary>Adds an array section; <typeparamref name="T"/> is stored as its raw little-endian bytes.</summary>
    public void Add<T>(string name, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        AddBytes(name, (byte)System.Runtime.CompilerServices.Unsafe.SizeOf<T>(), MemoryMarshal.AsBytes(values).ToArray());
    }

    /// <summary>Adds a list of strings (UTF-8, each length-prefixed); read back with <see cref="ModelFileReader.GetStrings"/>.</summary>
    public void AddStrings(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var buffer = new MemoryStream();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, values.Count);
        buffer.Write(number);
        foreach (var value in values)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            BinaryPrimitives.WriteInt32LittleEndian(number, bytes.Length);
            buffer.Write(number);
            buffer.Write(bytes);
        }

        AddBytes(name, 1, buffer.ToArray());
    }

    /// <summary>The whole file.</summary>
    public byte[] ToArray()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Model files are written on little-endian machines only.");
        }

        var kind = Encoding.ASCII.GetBytes(Kind);
        var manifest = Encoding.UTF8.GetBytes(Manifest.ToJson());
        int headerLength = 16 + 4 + kind.Length + 4 + manifest.Length;
        foreach (var (name, _, _) in _sections)
        {
            headerLength += 2 + name.Length + 1 + 8 + 8;
        }

        long offset = Align(headerLength);
        var offsets = new long[_sections.Count];
        for (int i = 0; i < _sections.Count; i++)
        {
            offsets[i] = offset;
            offset = Align(offset + _sections[i].Bytes.Length);
        }

        var file = new byte[offset + 8];
        var span = file.AsSpan();
        ModelFileFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], ModelFileFormat.Version);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], _sections.Count);
        int pos = 16;
        BinaryPrimitives.WriteInt32LittleEndian(span[pos..], kind.Length);
        kind.CopyTo(span[(pos + 4)..]);
        pos += 4 + kind.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[pos..], manifest.Length);
        manifest.CopyTo(span[(pos + 4)..]);
        pos += 4 + manifest.Length;
        for (int i = 0; i < _sections.Count; i++)
        {
            var (name, elementSize, bytes) = _sections[i];
            BinaryPrimitives.WriteUInt16LittleEndian(span[pos..], (ushort)name.Length);
            Encoding.ASCII.GetBytes(name, span[(pos + 2)..]);
            pos += 2 + name.Length;
            span[pos++] = elementSize;
            BinaryPrimitives.WriteInt64LittleEndian(span[pos..], offsets[i]);
            BinaryPrimitives.WriteInt64LittleEndian(span[(pos + 8)..], bytes.Length);
            pos += 16;
            bytes.CopyTo(span[(int)offsets[i]..]);
        }

        BinaryPrimitives.WriteUInt64LittleEndian(span[^8..], ModelFileFormat.Checksum(span[..^8]));
        return file;
    }

    /// <summary>
    /// Writes the file to <paramref name="path"/> (through a temporary file, so readers never see half a model)
    /// and its manifest, with the file's size and SHA-256, to <c>NAME.manifest.json</c> beside it.
    /// </summary>
    /// <returns>The bytes written.</returns>
    public byte[] Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = ToArray();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, full, overwrite: true);
        File.WriteAllText(SidecarPath(full), SidecarJson(Path.GetFileName(full), bytes), new UTF8Encoding(false));
        return bytes;
    }

    /// <summary>The manifest file that accompanies a model file: <c>dir/NAME.manifest.json</c> for <c>dir/NAME.wwm</c>.</summary>
    public static string SidecarPath(string modelPath)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        var dir = Path.GetDirectoryName(modelPath) ?? string.Empty;
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(modelPath) + ".manifest.json");
    }

    private string SidecarJson(string fileName, byte[] bytes)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", fileName);
            writer.WriteNumber("fileSize", bytes.Length);
            writer.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(bytes)));
            writer.WriteNumber("formatVersion", ModelFileFormat.Version);
            writer.WriteString("kind", Kind);
            using var manifest = JsonDocument.Parse(Manifest.ToJson());
            foreach (var property in manifest.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private void AddBytes(string name, byte elementSize, byte[] bytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Ascii.IsValid(name) || name.Length > 200)
        {
            throw new ArgumentException("Section names are short ASCII strings.", nameof(name));
        }

        if (!_names.Add(name))
        {
            throw new ArgumentException($"The section '{name}' was already added.", nameof(name));
        }

        _sections.Add((name, elementSize, bytes));
    }

    private static long Align(long value) => (value + 7) & ~7L;
}
