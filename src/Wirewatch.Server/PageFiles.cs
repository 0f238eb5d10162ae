using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Wirewatch.Server;

/// <summary>
/// Serves the page (embedded in the assembly) and the country borders (a data file), with ETags so that a
/// browser revalidates cheaply. Nothing is fetched from elsewhere: the page works offline.
/// </summary>
internal static class PageFiles
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Map(WebApplication app, ServerOptions options)
    {
        var assembly = typeof(PageFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("wwwroot/", StringComparison.Ordinal))
            {
                continue;
            }

            var path = name["wwwroot".Length..];
            var bytes = Read(assembly, name);
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            MapBytes(app, path, bytes, type);
            if (path == "/index.html")
            {
                MapBytes(app, "/", bytes, type);
            }
        }

        byte[]? borders = options.CountriesGeoJsonPath is { } file && File.Exists(file) ? File.ReadAllBytes(file) : null;
        app.MapGet("/countries.geojson", () => borders is null
                ? Results.Problem(statusCode: 404, title: "No borders", detail: "the country borders file was not found; the map draws points only.")
                : Results.Bytes(borders, "application/geo+json"))
            .ExcludeFromDescription();
    }

    private static void MapBytes(WebApplication app, string path, byte[] bytes, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
        app.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                return context.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(304) : Results.Bytes(bytes, contentType);
            })
            .ExcludeFromDescription();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
