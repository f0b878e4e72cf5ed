using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Une page qui n'a pas de gestionnaire pour la méthode reçue (un POST sur une page de consultation) répond
/// 405 avec l'en-tête <c>Allow</c>, au lieu d'afficher la page sans l'avoir préparée (ce qui finissait en erreur 500).
/// Les pages sans aucun gestionnaire (pages statiques) et les GET ne sont pas concernés.
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
        // Un GET sans gestionnaire affiche la page telle quelle (une page dont le seul gestionnaire est un POST, comme
        // la déconnexion, se consulte avant d'être envoyée) : seules les autres méthodes sont refusées.
        var consultation =
            HttpMethods.IsGet(context.HttpContext.Request.Method)
            || HttpMethods.IsHead(context.HttpContext.Request.Method);
        if (context.HandlerMethod is null && gestionnaires.Count > 0 && !consultation)
        {
            var permises = new[] { "GET", "HEAD" }
                .Concat(gestionnaires.Select(g => g.HttpMethod.ToUpperInvariant()))
                .Distinct(StringComparer.Ordinal);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", permises);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
