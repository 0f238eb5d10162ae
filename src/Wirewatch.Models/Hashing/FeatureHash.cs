using System.Runtime.CompilerServices;

namespace Wirewatch.Models.Hashing;

/// <summary>
/// Stable 64-bit hashes for feature templates and their values, computed over spans without allocating.
/// </summary>
/// <remarks>
/// Model files store weights under these hashes, so the functions must never change for a given model
/// format: they use no per-process seed (unlike <see cref="string.GetHashCode()"/>) and only integer
/// arithmetic. A feature is usually <c>Combine(Template(id), value...)</c>, where each value is the hash of
/// a string (<see cref="Chars"/>, <see cref="LowerChars"/>) or a small integer such as a label id.
/// </remarks>
public static class FeatureHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private const ulong CharPrime = 0x100000001B3UL;
    private const ulong CharBasis = 0xCBF29CE484222325UL;

    /// <summary>The hash of feature template <paramref name="id"/>; the first argument of <see cref="Combine(ulong, ulong)"/>.</summary>
    public static ulong Template(int id) => Finish(((ulong)(uint)id + 1) * Multiplier);

    /// <summary>The hashes of templates <paramref name="firstId"/> … <paramref name="firstId"/> + <paramref name="count"/> − 1; each model keeps its own range of ids.</summary>
    public static ulong[] Templates(int firstId, int count)
    {
        var templates = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            templates[i] = Template(firstId + i);
        }

        return templates;
    }

    /// <summary>The hash of a string, case-sensitive.</summary>
    public static ulong Chars(ReadOnlySpan<char> value)
    {
        ulong h = CharBasis ^ (ulong)value.Length;
        foreach (char c in value)
        {
            h = (h ^ c) * CharPrime;
        }

        return Finish(h);
    }

    /// <summary>The hash of the invariant lower-case form of a string, without building that string.</summary>
    public static ulong LowerChars(ReadOnlySpan<char> value)
    {
        ulong h = CharBasis ^ (ulong)value.Length;
        foreach (char c in value)
        {
            h = (h ^ ToLower(c)) * CharPrime;
        }

        return Finish(h);
    }

    /// <summary>The hash of a small integer value (a label id, a bucketed distance, a flag set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Int(int value) => Finish(((ulong)(uint)value ^ 0x5555_5555_0000_0000UL) * Multiplier);

    /// <summary>Combines a template with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong template, ulong a) => Finish(Step(template, a));

    /// <summary>Combines a template with two values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong template, ulong a, ulong b) => Finish(Step(Step(template, a), b));

    /// <summary>Combines a template with three values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong template, ulong a, ulong b, ulong c) => Finish(Step(Step(Step(template, a), b), c));

    /// <summary>Lower-cases one UTF-16 code unit the way <see cref="LowerChars"/> does (ASCII fast path, else invariant culture).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ulong value) => (BitRotate(h, 23) ^ value) * Multiplier;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BitRotate(ulong value, int offset) => (value << offset) | (value >> (64 - offset));

    // MurmurHash3's 64-bit finaliser: every input bit affects every output bit, so low bits can index tables.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
