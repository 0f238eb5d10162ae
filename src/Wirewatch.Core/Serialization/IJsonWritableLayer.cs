using System.Text.Json;
using Wirewatch.Core.Documents;

namespace Wirewatch.Core.Serialization;

/// <summary>A layer that writes itself into the JSON record as one top-level property (e.g. <c>entities</c>).</summary>
public interface IJsonWritableLayer : IAnnotationLayer
{
    /// <summary>The record's property name, part of the public contract.</summary>
    string JsonName { get; }

    /// <summary>Writes the property's value (usually an array); spans as <c>{start, end, text}</c>.</summary>
    void WriteJsonValue(Utf8JsonWriter writer, Document document);
}
