using System.Buffers.Binary;

namespace Wirewatch.Models.ModelFiles;

/// <summary>
/// The binary layout shared by every Wirewatch model file (little-endian):
/// <code>
/// "WWMODEL\0"  u16 format version  u16 reserved  u32 section count
/// u32 kind length, kind (ASCII, e.g. "tagger")
/// u32 manifest length, manifest (UTF-8 JSON, see ModelManifest)
/// section table: per section u16 name length, name (ASCII), u8 element size, u64 offset, u64 byte length
/// zero padding to 8 bytes; then each section's bytes, each starting on an 8-byte boundary
/// u64 checksum of every byte before it
/// </code>
/// Arrays are stored as their raw little-endian elements, so loading is a read and a copy.
/// </summary>
public static class ModelFileFormat
{
    /// <summary>The version written; readers accept exactly this version.</summary>
    public const ushort Version = 1;

    /// <summary>The conventional file extension.</summary>
    public const string Extension = ".wwm";

    internal static ReadOnlySpan<byte> Magic => "WWMODEL\0"u8;

    /// <summary>A fast 64-bit checksum (not cryptographic) over whole words, used to detect truncated or damaged files.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        const ulong prime = 0x9E3779B97F4A7C15UL;
        ulong h = 0x243F6A8885A308D3UL ^ (ulong)data.Length;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            ulong word = BinaryPrimitives.ReadUInt64LittleEndian(data[i..]);
            h = (((h << 27) | (h >> 37)) ^ word) * prime;
        }

        for (; i < data.Length; i++)
        {
            h = (((h << 27) | (h >> 37)) ^ data[i]) * prime;
        }

        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }
}
