using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Une page qui n'a pas de gestionnaire pour la méthode reçue (un POST sur une page de consultation) répond
/// 405 avec l'en-tête <c>Allow</c>, au lieu d'afficher la page sans l'avoir préparée (ce qui finissait en erreur 500).
/// Les pages sans aucun gestionnaire (pages statiques) ne sont pas concernées.
/// </summary>
public sealed class FiltreMethodeNonPrevue : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        var gestionnaires = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && gestionnaires.Count > 0)
        {
            var permises = gestionnaires
                .Select(g => g.HttpMethod.ToUpperInvariant())
                .Append("HEAD")
                .Distinct(StringComparer.Ordinal)
                .Where(m => m != "HEAD" || gestionnaires.Any(g => g.HttpMethod == "Get"));
            context.HttpContext.Response.Headers.Allow = string.Join(", ", permises);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
