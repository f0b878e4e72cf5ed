using System.Net;

namespace Pilotis.Web.Tests.Information;

/// <summary>
/// Un refus de page selon la maison : la page renvoie vers /acces-refuse (Forbid du cookie), qui répond 403.
/// </summary>
public static class Refus
{
    public static async Task VerifierAsync(HttpClient client, HttpResponseMessage reponse)
    {
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
        using var page = await client.GetAsync(reponse.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }
}
