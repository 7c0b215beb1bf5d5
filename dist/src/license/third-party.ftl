<#-- THIRD-PARTY.txt of a produce release: every library inside lib/produce.jar with its licences
     (from its pom), one a line; produce's own modules are not third-party and are left out.
     dependencyMap: entries of (MavenProject, licence names), as license-maven-plugin passes them. -->
<#function licenseFormat licenses>
    <#assign result = ""/>
    <#list licenses as license>
        <#assign result = result + " (" + license + ")"/>
    </#list>
    <#return result>
</#function>
<#function artifactFormat p>
    <#return p.name + " (" + p.groupId + ":" + p.artifactId + ":" + p.version + " - " + (p.url!"no url defined") + ")">
</#function>
Third-party libraries in lib/produce.jar, with their licences:
<#list dependencyMap as e>
    <#assign project = e.getKey()/>
    <#if project.groupId != "dev.produce">
   ${licenseFormat(e.getValue())} ${artifactFormat(project)}
    </#if>
</#list>
