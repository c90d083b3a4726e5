using Microsoft.Extensions.Options;

namespace EventStreamConsole.Configuration;

public static class ValidatedOptions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to its section and checks it with <typeparamref name="TValidator"/> when the app starts.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services;
    }
}
