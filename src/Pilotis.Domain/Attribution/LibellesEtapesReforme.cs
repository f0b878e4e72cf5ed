namespace Pilotis.Domain.Attribution;

/// <summary>Libellés des étapes de la réforme des attributions.</summary>
public static class LibellesEtapesReforme
{
    public static string Libelle(this TypeEtapeReforme etape) =>
        etape switch
        {
            TypeEtapeReforme.InstallationCil => "CIL installée",
            TypeEtapeReforme.SignatureCia => "CIA signée",
            TypeEtapeReforme.AdoptionPpgdid => "PPGDID adopté",
            _ => etape.ToString(),
        };

    public static string Texte(this TypeEtapeReforme etape) =>
        etape switch
        {
            TypeEtapeReforme.InstallationCil =>
                "Installation de la conférence intercommunale du logement (CCH L441-1-5)",
            TypeEtapeReforme.SignatureCia => "Signature de la convention intercommunale d'attribution (CCH L441-1-6)",
            TypeEtapeReforme.AdoptionPpgdid => "Adoption du plan partenarial de gestion de la demande (CCH L441-2-8)",
            _ => etape.ToString(),
        };
}
