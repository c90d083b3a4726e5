using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace EventStreamConsole.Hosting;

/// <summary>
/// MapStaticAssets serves precompressed files for the app's own and the framework's assets, but the SDK gives a
/// package's fingerprinted files (MudBlazor's 600 KB stylesheet) no compressed representation. Those are compressed
/// on the fly. Only scripts and styles: they hold no secret, so compressing them over HTTPS reveals nothing (BREACH).
/// </summary>
public static class StaticAssetCompression
{
    public static IServiceCollection AddStaticAssetCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
