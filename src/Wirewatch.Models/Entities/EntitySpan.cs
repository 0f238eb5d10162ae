namespace Wirewatch.Models.Entities;

/// <summary>A recognised name: tokens <c>[First, End)</c> (document-wide indices) and its coarse type id (see <see cref="BilouLabels"/>).</summary>
public readonly record struct EntitySpan(int First, int End, int Type);
