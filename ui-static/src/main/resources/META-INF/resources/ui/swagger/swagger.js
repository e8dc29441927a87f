/*
 * The node's OpenAPI description (produced by Camel from its REST DSL at /api-doc) in Swagger UI, with this node's
 * own address as the server, so "Try it out" calls the node the page came from.
 */
(function () {
    'use strict';
    window.addEventListener('DOMContentLoaded', async () => {
        const F = window.Fuelnet;
        F.header('API del nodo', 'OpenAPI generado desde las rutas REST de Camel · /api-doc');
        const apiLink = document.getElementById('api-link');
        apiLink.href = '/api-doc';
        apiLink.textContent = 'OpenAPI (JSON)';
        apiLink.insertAdjacentElement('beforebegin', F.el('a', { href: '/' }, 'Panel'));
        document.getElementById('freshness').textContent = '';
        try {
            const spec = await F.get('/api-doc');
            spec.servers = [{ url: window.location.origin, description: 'este nodo' }];
            SwaggerUIBundle({ spec, dom_id: '#swagger', deepLinking: true });
        } catch (e) {
            F.fill('swagger', F.el('p', { class: 'form-message error' }, 'No se pudo leer /api-doc: ' + e.message));
        }
    });
})();
