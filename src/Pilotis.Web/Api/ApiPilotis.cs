namespace Pilotis.Web.Api;

public static class ApiPilotis
{
    /// <summary>
    /// Toutes les routes /api/v1. Le référentiel territorial est public ; le reste exige une session.
    /// </summary>
    public static void MapApiPilotis(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapTerritoiresApi();
        v1.MapSessionApi();
        v1.MapSruApi();
        v1.MapEligibiliteApi();
        v1.MapCotationApi();
        v1.MapProductionApi();
        v1.MapAttributionApi();
        v1.MapOrganisationsApi();
        v1.MapAidesApi();
        v1.MapEquilibreApi();
        v1.MapFoncierApi();
        v1.MapPageCommuneApi();
        v1.MapFeuilleDeRouteApi();
    }

    /// <summary>Réponse 400 au format RFC 9457, avec le champ fautif et un message en français.</summary>
    public static IResult Invalide(string champ, string message) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [champ] = [message] },
            title: "Requête invalide",
            detail: message
        );

    public static IResult Introuvable(string message) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable", detail: message);
}
