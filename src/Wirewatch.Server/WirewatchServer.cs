using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wirewatch.Server;

/// <summary>Builds the web application of <c>wirewatch serve</c>: the API, its OpenAPI description and the page.</summary>
public static class WirewatchServer
{
    /// <summary>Creates the app listening on <paramref name="urls"/> (e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free one).</summary>
    public static WebApplication Create(ServerOptions options, string urls, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Wirewatch.Server" });
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = (options.MaxArticleChars * 4L) + 65_536);

        var app = builder.Build();
        var stores = new StorePool(options.Database);
        app.Lifetime.ApplicationStopped.Register(stores.Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/v1.json");
        WirewatchApi.Map(app, stores, options);
        PageFiles.Map(app, options);
        return app;
    }
}
