using System.Net;
using System.Text.Json;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>Reading JSON answers and RFC 9457 problem details in assertions.</summary>
public static class Reponses
{
    public static async Task<JsonElement> JsonAsync(
        this HttpResponseMessage reponse,
        HttpStatusCode attendu = HttpStatusCode.OK
    )
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(
            reponse.StatusCode == attendu,
            $"Statut {(int)reponse.StatusCode} au lieu de {(int)attendu} : {texte}"
        );
        using var doc = JsonDocument.Parse(texte);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts a problem+json answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> ProblemeAsync(this HttpResponseMessage reponse, HttpStatusCode attendu)
    {
        var corps = await reponse.JsonAsync(attendu);
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)attendu, corps.GetProperty("status").GetInt32());
        return corps;
    }
}
