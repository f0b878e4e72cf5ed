namespace Pilotis.Web.Infrastructure.Securite;

/// <summary>
/// Le code d'une erreur levée en lisant une requête mal formée (paramètre illisible, corps JSON cassé, formulaire
/// multipart sans frontière, corps trop gros) : c'est la faute de la requête, pas du serveur. La page d'erreur répond
/// alors 400, 413 ou 415 en français (problème RFC 9457 pour l'API) au lieu de 500.
/// </summary>
public static class RequetesMalformees
{
    public static int Statut(Exception erreur) =>
        erreur switch
        {
            BadHttpRequestException requete => requete.StatusCode,
            // « Missing content-type boundary », en-tête de partie illisible : levés par la lecture du formulaire.
            // « Multipart body length limit … exceeded » : le formulaire dépasse la limite de la page.
            InvalidDataException donnees when donnees.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
                StatusCodes.Status413PayloadTooLarge,
            InvalidDataException => StatusCodes.Status400BadRequest,
            CaractereNulException => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };
}
